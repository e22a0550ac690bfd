import ExcelJS from 'exceljs';
import type { VillageRankingModel } from '../models/entry.model';

const BASIS_LABEL: Record<string, string> = {
  HOUSEHOLD_TOTAL: '户总分',
  FAMILY_TOTAL: '家庭总分',
  FAMILY_AVERAGE: '家庭平均分',
};

/** The period as offices write it: 2026年1—12月. */
export function rankingPeriodLabel(r: Pick<VillageRankingModel, 'year' | 'fromMonth' | 'toMonth'>): string {
  return r.fromMonth === r.toMonth ? `${r.year}年${r.fromMonth}月` : `${r.year}年${r.fromMonth}—${r.toMonth}月`;
}

/**
 * A village ranking as a workbook (e.g. for the collective dividend calculation, seed 003): a title row, the basis
 * and the village average, then one row per household in rank order.
 */
export async function rankingWorkbook(villageName: string, r: VillageRankingModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Xiangzhi';
  const ws = wb.addWorksheet('积分排名');
  ws.addRow([`${villageName}积分排名（${rankingPeriodLabel(r)}）`]);
  ws.mergeCells(1, 1, 1, 10);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.addRow([`排名依据：${r.basis ? BASIS_LABEL[r.basis] : '—'}`, '', '', `全村平均：${r.average}`]);
  const header = ws.addRow([
    '名次',
    '积分卡号',
    '户主',
    '户积分',
    '个人积分',
    '家庭总分',
    '家庭平均分',
    '排名分',
    '否决项',
    '符合评优条件',
  ]);
  header.font = { bold: true };
  for (const row of r.rows)
    ws.addRow([
      row.rank,
      row.cardNumber,
      row.headName ?? '',
      row.householdEarned,
      row.individualEarned,
      row.familyTotal,
      row.familyAverage,
      row.value,
      row.vetoed ? '是' : '否',
      row.awardEligible ? '是' : '否',
    ]);
  ws.columns.forEach((c, i) => (c.width = [6, 24, 12, 10, 10, 10, 12, 10, 8, 14][i]));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
