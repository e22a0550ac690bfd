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

/** Frozen at every depth: the presets are shared constants; a village adapts a copy. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const PRESETS: Readonly<Record<PresetKey, SchemeDefinition>> = deepFreeze({
  CHANGBA_000,
  HOUSHAN_001,
  TUKE_002,
  GENERIC_003,
  GAOYANG_004,
});
