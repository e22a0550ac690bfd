import { registerEnumType } from '@nestjs/graphql';

/** 红榜 (honours) or 黑榜 (misconduct). */
export enum ListKind {
  RED = 'RED',
  BLACK = 'BLACK',
}
registerEnumType(ListKind, { name: 'PointsListKind' });
