import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { REGISTRY_SCOPE } from './registry-scope';

/** A member as the card shows it (ID number and phone only masked). */
export interface HouseholdCardMember {
  id: string;
  name: string;
  /** HEAD, SPOUSE, CHILD … (translated as `registry.relation.<value>`). */
  relation: string;
  gender: string;
  idNumberMasked: string;
  participating: boolean;
  isHead: boolean;
  active?: boolean | null;
}

/** What the household card needs; the household detail of the registry data-access fits it. */
export interface HouseholdCardData {
  cardNumber: string;
  address: string;
  residency: string;
  participating: boolean;
  village?: { name: string } | null;
  grid?: { name: string } | null;
  head?: { name: string; idNumberMasked: string } | null;
  members: readonly HouseholdCardMember[];
}

/** The points card of a household (积分信息卡): card number, head, masked ID numbers, members. */
@Component({
  selector: 'xz-household-card',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope(REGISTRY_SCOPE)],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-card.component.html',
  styleUrl: './household-card.component.css',
})
export class HouseholdCardComponent {
  readonly household = input.required<HouseholdCardData>();

  protected readonly head = computed(() => {
    const household = this.household();
    const member = household.members.find((m) => m.isHead);
    return member ? { name: member.name, idNumberMasked: member.idNumberMasked } : (household.head ?? null);
  });

  protected readonly members = computed(() => this.household().members.filter((m) => m.active !== false));
}
