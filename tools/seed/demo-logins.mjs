// The demo users the seed creates (tools/seed/demo.ts builds them from the same list), printed by `npm start`.
import { readFileSync } from 'node:fs';

const towns = JSON.parse(readFileSync(new URL('./towns.data.json', import.meta.url), 'utf8'));
export const DEMO_PASSWORD = 'Xiangzhi@2026';

/** One user per role per town (village roles in the town's first village), a county supervisor per county, an admin. */
export function demoUsers() {
  const users = [
    { username: 'admin', role: 'SYSTEM_ADMIN', regionCode: '500000000000', region: '全部', displayName: '系统管理员' },
  ];
  for (const t of towns) {
    const v = t.town.code.slice(0, 9) + '201';
    const vName = `${t.town.name}${t.villages[0]}`;
    users.push({
      username: `${t.county.key}.county`,
      role: 'COUNTY_SUPERVISOR',
      regionCode: t.county.code,
      region: t.county.name,
      displayName: `${t.county.name}乡村振兴局`,
    });
    users.push({
      username: `${t.key}.town`,
      role: 'TOWN_SUPERVISOR',
      regionCode: t.town.code,
      region: t.town.name,
      displayName: `${t.town.name}乡村振兴办`,
    });
    users.push({
      username: `${t.key}.admin`,
      role: 'VILLAGE_ADMIN',
      regionCode: v,
      region: vName,
      displayName: `${t.villages[0]}积分管理员`,
    });
    users.push({
      username: `${t.key}.reviewer`,
      role: 'VILLAGE_REVIEWER',
      regionCode: v,
      region: vName,
      displayName: `${t.villages[0]}审核组`,
    });
    users.push({
      username: `${t.key}.oversight`,
      role: 'OVERSIGHT',
      regionCode: v,
      region: vName,
      displayName: `${t.villages[0]}村务监督委员会`,
    });
    users.push({
      username: `${t.key}.grid`,
      role: 'GRID_WORKER',
      regionCode: v,
      gridCodes: [v + '001'],
      region: `${vName}第一网格`,
      displayName: `${t.villages[0]}网格员`,
    });
    users.push({
      username: `${t.key}.shop`,
      role: 'SHOP_OPERATOR',
      regionCode: v,
      region: vName,
      displayName: `${t.villages[0]}积分超市`,
    });
  }
  // counties with more than one demo town would repeat; keep the first
  const seen = new Set();
  return users.filter((u) => (seen.has(u.username) ? false : (seen.add(u.username), true)));
}

export const demoLogins = demoUsers().map((u) => ({ ...u, password: DEMO_PASSWORD }));
