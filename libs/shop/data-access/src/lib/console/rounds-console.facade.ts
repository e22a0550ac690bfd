import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ShopConsoleExchangeRoundsGQL, ShopConsoleExchangeRoundsQuery } from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type ConsoleExchangeRound = ShopConsoleExchangeRoundsQuery['exchangeRounds'][number];
export type ConsoleExchangeRoundVillage = ConsoleExchangeRound['villages'][number];

/** The exchange rounds of a town for a year (兑换轮次): households redeeming against the target (console). */
@Injectable({ providedIn: 'root' })
export class RoundsConsoleFacade {
  private readonly roundsGql = inject(ShopConsoleExchangeRoundsGQL);

  async rounds(townCode: string, year: number): Promise<ConsoleExchangeRound[]> {
    const result = await runApi(() =>
      firstValueFrom(this.roundsGql.fetch({ variables: { townCode, year }, fetchPolicy: 'network-only' })),
    );
    return requiredData(result.data?.exchangeRounds);
  }
}
