import { inject, Injectable, signal } from '@angular/core';
import { ApiError, FileApi, runApi } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { PrintHouseholdCardsGQL } from './generated/graphql';

/** What to print: chosen households, or every household of a village. */
export type CardPrintTarget = { householdIds: string[] } | { villageCode: string };

/** Points-card printing: the server renders a PDF (with QR codes); the page opens it. */
@Injectable({ providedIn: 'root' })
export class CardPrintFacade {
  private readonly printGql = inject(PrintHouseholdCardsGQL);
  private readonly files = inject(FileApi);
  private readonly printingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);

  readonly printing = this.printingState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async print(target: CardPrintTarget): Promise<void> {
    this.printingState.set(true);
    this.errorState.set(null);
    try {
      const result = await runApi(() => firstValueFrom(this.printGql.mutate({ variables: { input: target } })));
      const file = result.data?.printHouseholdCards;
      if (!file) throw new ApiError('UNKNOWN');
      const blob = await this.files.download(file.id);
      this.files.openBlob(blob, file.name || 'household-cards.pdf');
    } catch (error) {
      this.errorState.set(ApiError.from(error));
    } finally {
      this.printingState.set(false);
    }
  }
}
