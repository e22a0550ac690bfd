import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The five towns of the source schemes, as demo data. Town and village names of 长坝镇 are those of its scheme
 * (seed 000); the other towns' villages, all region codes and every person are EXAMPLES (synthetic), marked so.
 */
export interface DemoTown {
  key: string;
  province: { code: string; name: string };
  city: { code: string; name: string };
  county: { code: string; name: string; key: string };
  town: { code: string; name: string };
  villages: string[];
  /** Village scheme preset this town runs (filled by the points issue). */
  example: boolean;
}

export const DEMO_TOWNS: DemoTown[] = JSON.parse(readFileSync(join(__dirname, 'towns.data.json'), 'utf8'));

/** Village code: town code prefix (9 digits) + 3-digit village number starting at 201 (villages' usual range). */
export function villageCode(town: DemoTown, index: number): string {
  return town.town.code.slice(0, 9) + String(201 + index).padStart(3, '0');
}

export const DEMO_PASSWORD = 'Xiangzhi@2026';
