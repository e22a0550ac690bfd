import { registerEnumType } from '@nestjs/graphql';

export enum ObjectionChannel {
  PORTAL = 'PORTAL',
  STAFF = 'STAFF',
}
registerEnumType(ObjectionChannel, { name: 'PointsObjectionChannel' });

/** FILED → INVESTIGATED (by the village review group) → UPHELD or DISMISSED (by the town). */
export enum ObjectionStatus {
  FILED = 'FILED',
  INVESTIGATED = 'INVESTIGATED',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ObjectionStatus, { name: 'PointsObjectionStatus' });

export enum ObjectionDecision {
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
}
registerEnumType(ObjectionDecision, { name: 'PointsObjectionDecision' });
