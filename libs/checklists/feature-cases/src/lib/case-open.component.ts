import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CaseApplicantOption,
  CaseCatalog,
  CaseCatalogFacade,
  CaseListType,
  ChecklistCasesFacade,
  type CaseRow,
} from '@xiangzhi/checklists/data-access';
import type { RegionNode } from '@xiangzhi/registry/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { filled, gateRefusalOf, openCaseProblems, type OpenCaseDraft } from './case-rules';

/** 受理新办件: village, list and item in force, the applicant (a member found by search, or an organisation). */
@Component({
  selector: 'xz-case-open',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-open.component.html',
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CaseOpenComponent implements OnInit {
  private readonly catalog = inject(CaseCatalogFacade);
  private readonly cases = inject(ChecklistCasesFacade);

  /** The villages the caller may open a case for. */
  readonly villages = input.required<readonly RegionNode[]>();
  /** The village chosen beforehand (the header's village or the page's choice). */
  readonly initialVillage = input<string | null>(null);
  readonly opened = output<CaseRow>();
  readonly cancelled = output<void>();

  protected readonly draft = signal<OpenCaseDraft>({
    villageCode: null,
    listType: null,
    itemCode: null,
    applicantKind: 'MEMBER',
    applicantMemberId: null,
    applicantName: '',
    requestText: '',
  });
  protected readonly listTypes = signal<CaseListType[]>([]);
  protected readonly catalogue = signal<CaseCatalog | null>(null);
  protected readonly catalogueLoaded = signal(false);
  protected readonly applicants = signal<CaseApplicantOption[]>([]);
  protected readonly searching = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly problems = computed(() => openCaseProblems(this.draft()));
  /** The negative-list gate refused the request: shown in red with the item and its basis, not as a plain error. */
  protected readonly refusal = computed(() => gateRefusalOf(this.error()));
  protected readonly item = computed(() => {
    const code = this.draft().itemCode;
    return this.catalogue()?.items.find((i) => i.code === code) ?? null;
  });
  private clientKey = newClientKey();
  private searchId = 0;

  ngOnInit(): void {
    void this.start();
  }

  /** Starts the form afresh: a new client key, the first village, the list types of its county. */
  async start(): Promise<void> {
    this.clientKey = newClientKey();
    this.submitted.set(false);
    this.error.set(null);
    this.applicants.set([]);
    this.catalogue.set(null);
    this.catalogueLoaded.set(false);
    const villageCode = this.initialVillage() ?? this.villages()[0]?.code ?? null;
    this.draft.set({
      villageCode,
      listType: null,
      itemCode: null,
      applicantKind: 'MEMBER',
      applicantMemberId: null,
      applicantName: '',
      requestText: '',
    });
    try {
      const types = await this.catalog.listTypes(villageCode);
      // cases run through the lists of things the village does: the negative list is refused by the check instead
      this.listTypes.set(types.filter((t) => t.kind !== 'NEGATIVE'));
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  protected patch(patch: Partial<OpenCaseDraft>): void {
    this.draft.update((d) => ({ ...d, ...patch }));
  }

  protected async chooseVillage(code: string | null): Promise<void> {
    this.patch({ villageCode: code, itemCode: null, applicantMemberId: null, applicantName: '' });
    this.applicants.set([]);
    await this.loadCatalogue();
  }

  protected async chooseList(code: string | null): Promise<void> {
    this.patch({ listType: code, itemCode: null });
    await this.loadCatalogue();
  }

  protected chooseKind(kind: 'MEMBER' | 'ORGANISATION'): void {
    this.patch({ applicantKind: kind, applicantMemberId: null, applicantName: '' });
  }

  protected chooseMember(memberId: string | null): void {
    const member = this.applicants().find((a) => a.memberId === memberId);
    this.patch({ applicantMemberId: memberId, applicantName: member?.name ?? '' });
  }

  protected async search(text: string): Promise<void> {
    const villageCode = this.draft().villageCode;
    if (!villageCode || !filled(text)) return;
    const id = ++this.searchId;
    this.searching.set(true);
    try {
      const found = await this.catalog.searchApplicants(villageCode, text);
      if (id === this.searchId) this.applicants.set(found);
    } catch (error) {
      if (id === this.searchId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.searchId) this.searching.set(false);
    }
  }

  protected memberLabel(a: CaseApplicantOption): string {
    return `${a.name}（${a.cardNumber} · ${a.address} · ${a.idNumberMasked}）`;
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    const d = this.draft();
    if (this.problems().length > 0 || !d.villageCode || !d.listType || !d.itemCode) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const opened = await this.cases.open({
        villageCode: d.villageCode,
        listType: d.listType,
        itemCode: d.itemCode,
        applicantKind: d.applicantKind,
        applicantMemberId: d.applicantKind === 'MEMBER' ? d.applicantMemberId : null,
        applicantName: d.applicantName.trim(),
        requestText: d.requestText.trim(),
        clientKey: this.clientKey,
      });
      this.opened.emit(opened);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async loadCatalogue(): Promise<void> {
    const { villageCode, listType } = this.draft();
    this.catalogue.set(null);
    this.catalogueLoaded.set(false);
    if (!villageCode || !listType) return;
    try {
      const found = await this.catalog.itemsInForce(villageCode, listType);
      if (this.draft().villageCode !== villageCode || this.draft().listType !== listType) return;
      this.catalogue.set(found);
      this.catalogueLoaded.set(true);
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }
}
