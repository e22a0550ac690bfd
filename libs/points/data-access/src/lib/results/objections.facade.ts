import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  PointsObjectionDecision,
  PointsObjectionStatus,
  ResultsDecideObjectionGQL,
  ResultsHouseholdNameGQL,
  ResultsHouseholdNameQuery,
  ResultsInvestigateObjectionGQL,
  ResultsObjectionFragment,
  ResultsObjectionsGQL,
  ResultsRecordObjectionGQL,
  StaffObjectionInput,
} from '../generated/graphql';
import { requiredData, runApi } from '@xiangzhi/shared/data-access';

export type Objection = ResultsObjectionFragment;
export type ObjectionStatus = PointsObjectionStatus;
export type ObjectionDecision = PointsObjectionDecision;
export type { StaffObjectionInput };
export type HouseholdName = ResultsHouseholdNameQuery['household'];

/** The objections queue (异议): list, staff recording, the review group's findings, the town's decision. */
@Injectable({ providedIn: 'root' })
export class ObjectionsFacade {
  private readonly listGql = inject(ResultsObjectionsGQL);
  private readonly recordGql = inject(ResultsRecordObjectionGQL);
  private readonly investigateGql = inject(ResultsInvestigateObjectionGQL);
  private readonly decideGql = inject(ResultsDecideObjectionGQL);
  private readonly householdGql = inject(ResultsHouseholdNameGQL);

  /** Objections of a village or of every village of a town, optionally by status. */
  async list(regionCode: string, status: ObjectionStatus | null): Promise<Objection[]> {
    const result = await runApi(() =>
      firstValueFrom(
        this.listGql.fetch({ variables: { regionCode, status, first: 100, offset: 0 }, fetchPolicy: 'network-only' }),
      ),
    );
    return requiredData(result.data?.pointsObjections).items;
  }

  /** Records an objection a resident brought in person. */
  async record(input: StaffObjectionInput): Promise<Objection> {
    const result = await runApi(() => firstValueFrom(this.recordGql.mutate({ variables: { input } })));
    return requiredData(result.data?.recordPointsObjection);
  }

  async investigate(id: string, findings: string): Promise<Objection> {
    const result = await runApi(() => firstValueFrom(this.investigateGql.mutate({ variables: { id, findings } })));
    return requiredData(result.data?.investigatePointsObjection);
  }

  async decide(id: string, decision: ObjectionDecision, reason: string): Promise<Objection> {
    const result = await runApi(() => firstValueFrom(this.decideGql.mutate({ variables: { id, decision, reason } })));
    return requiredData(result.data?.decidePointsObjection);
  }

  /** A household's card number and head (staff view), cached by Apollo. */
  async household(id: string): Promise<HouseholdName> {
    const result = await runApi(() => firstValueFrom(this.householdGql.fetch({ variables: { id } })));
    return requiredData(result.data?.household);
  }
}
