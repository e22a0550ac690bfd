import type { ChecklistItemContent } from '@xiangzhi/checklists/util';
import type { PosterDocument } from './poster-types';

/** How a version's status reads on a poster: only the published one is in force. */
const STATUS_NOTE: Readonly<Record<string, string>> = {
  PUBLISHED: '现行有效',
  DRAFT: '草稿，未生效',
  SUBMITTED: '待审核，未生效',
  REJECTED: '已退回，未生效',
  SUPERSEDED: '已被新版本替代',
};

/** 2026年12月4日 in China Standard Time. */
export function chineseDate(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** 图克镇呼和嘎查 依法自治事项清单 */
export function posterTitle(d: PosterDocument): string {
  return `${d.parentName ?? ''}${d.regionName}${d.listName}`;
}

/** 第2版 · 2026年12月4日起施行 · 现行有效 */
export function posterSubtitle(d: PosterDocument): string {
  const parts = [`第${d.version}版`];
  if (d.inForceSince) parts.push(`${chineseDate(d.inForceSince)}起施行`);
  parts.push(STATUS_NOTE[d.status] ?? d.status);
  return parts.join(' · ');
}

/** The line under the title: how many items, and what the list asks of everyone. */
export function posterIntro(d: PosterDocument): string {
  if (d.items.length === 0) return '（本清单暂无事项）';
  const count = `本清单共 ${d.items.length} 项。`;
  if (d.listKind === 'NEGATIVE') return `${count}以下事项不得安排村级组织承担，欢迎群众监督举报。`;
  return `${count}照单办事、按图操作，欢迎群众监督。`;
}

/** The file name of a poster download. */
export function posterFileName(d: PosterDocument, size: string): string {
  return `${posterTitle(d)}-第${d.version}版-${size}.pdf`;
}

/** One labelled row of an item's table on the poster. */
export interface PosterRow {
  label: string;
  value: string;
}

function present(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The rows printed for an item, in the order of published lists, leaving out what is empty: a forbidden matter
 * (负面事项) shows what is forbidden and why, certificates add their purpose and wording (证明式样).
 */
export function itemRows(item: ChecklistItemContent): PosterRow[] {
  const rows: PosterRow[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (present(value)) rows.push({ label, value: value.trim() });
  };
  add('事项类别', item.category);
  add('负面事项', item.forbidden);
  add('禁止依据', item.basis);
  add('政策依据', item.policyBasis);
  add('办理用途', item.purpose);
  add('办理条件', item.conditions);
  const materials = item.materials.filter(present);
  if (materials.length === 1) add('申请材料', materials[0]);
  else if (materials.length > 1) add('申请材料', materials.map((m, i) => `${i + 1}. ${m}`).join('\n'));
  add('办结时限', item.timeLimit.text);
  add('责任主体', item.responsibleBody);
  add('指导单位', item.guidingUnit);
  const o = item.oversight;
  add(
    '监督管理',
    [
      present(o.who) ? `监督主体：${o.who}` : '',
      present(o.ofWhom) ? `监督对象：${o.ofWhom}` : '',
      present(o.how) ? `监督方式：${o.how}` : '',
    ]
      .filter((s) => s !== '')
      .join('\n'),
  );
  add('收费标准', item.fee);
  const p = item.disclosure;
  add(
    '公开',
    [present(p.what) ? `公开内容：${p.what}` : '', present(p.how) ? `公开方式：${p.how}` : '']
      .filter((s) => s !== '')
      .join('\n'),
  );
  add('证明式样', item.sample);
  add('特别说明', item.notes);
  add('咨询查询', item.consultation);
  return rows;
}
