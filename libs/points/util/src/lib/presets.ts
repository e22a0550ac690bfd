/**
 * The five town schemes of the seeds as presets. Each file under `presets/` cites the seed clauses it follows.
 */
import type { SchemeDefinition } from './types';
import { CHANGBA_000 } from './presets/changba-000';
import { GAOYANG_004 } from './presets/gaoyang-004';
import { GENERIC_003 } from './presets/generic-003';
import { HOUSHAN_001 } from './presets/houshan-001';
import { TUKE_002 } from './presets/tuke-002';

export type PresetKey = 'CHANGBA_000' | 'HOUSHAN_001' | 'TUKE_002' | 'GENERIC_003' | 'GAOYANG_004';

export const PRESET_KEYS: readonly PresetKey[] = [
  'CHANGBA_000',
  'HOUSHAN_001',
  'TUKE_002',
  'GENERIC_003',
  'GAOYANG_004',
];

export const PRESETS: Readonly<Record<PresetKey, SchemeDefinition>> = {
  CHANGBA_000,
  HOUSHAN_001,
  TUKE_002,
  GENERIC_003,
  GAOYANG_004,
};
