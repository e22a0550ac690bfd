import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import type { PortalChecklists, PortalFlowChart } from '@xiangzhi/checklists/data-access';
import {
  CERTIFICATE_FLOW,
  EXAMPLE_CERTIFICATE_ITEMS,
  EXAMPLE_NEGATIVE_ITEMS,
  FLOW_ACTION_LABELS_ZH,
  FLOW_ROLE_LABELS_ZH,
  type ChecklistItemContent,
  type FlowChart,
} from '@xiangzhi/checklists/util';

/** A chart as the API sends it. */
export function apiFlow(chart: FlowChart = CERTIFICATE_FLOW): PortalFlowChart {
  return {
    longestPathDays: null,
    steps: chart.steps.map((s) => ({ ...s, roleLabelZh: FLOW_ROLE_LABELS_ZH[s.role] ?? s.role })),
    transitions: chart.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      action: t.action,
      condition: t.condition ?? null,
      label: t.label ?? FLOW_ACTION_LABELS_ZH[t.action],
    })),
  };
}

function apiItem(item: ChecklistItemContent) {
  return {
    code: item.code,
    name: item.name,
    category: item.category,
    policyBasis: item.policyBasis,
    conditions: item.conditions,
    materials: [...item.materials],
    timeLimit: {
      text: item.timeLimit.text,
      days: item.timeLimit.days ?? null,
      counting: item.timeLimit.counting ?? 'CALENDAR',
    },
    responsibleBody: item.responsibleBody,
    guidingUnit: item.guidingUnit,
    oversight: { ...item.oversight },
    fee: item.fee,
    disclosure: { ...item.disclosure },
    notes: item.notes ?? null,
    consultation: item.consultation ?? null,
    purpose: item.purpose ?? null,
    sample: item.sample ?? null,
    forbidden: item.forbidden ?? null,
    basis: item.basis ?? null,
    flow: item.flow ? apiFlow(item.flow) : null,
  };
}

/** Two lists in force of a village: the negative list and the certificates. */
export function sampleLists(): PortalChecklists {
  return {
    villageCode: '150626101201',
    lastChangedAt: '2026-12-03T17:30:00.000Z',
    lists: [
      {
        listType: 'NEGATIVE',
        nameZh: '工作负面事项清单',
        nameEn: 'Negative list',
        kind: 'NEGATIVE',
        order: 30,
        version: 1,
        lastChangedAt: '2026-11-01T02:00:00.000Z',
        changeReason: null,
        legalBasis: null,
        items: EXAMPLE_NEGATIVE_ITEMS.map(apiItem),
      },
      {
        listType: 'CERTIFICATE',
        nameZh: '依法出具证明事项清单',
        nameEn: 'Certificates issued by law',
        kind: 'CERTIFICATE',
        order: 40,
        version: 2,
        lastChangedAt: '2026-12-03T17:30:00.000Z',
        changeReason: '新增收养证明',
        legalBasis: '民发〔2020〕20号',
        items: EXAMPLE_CERTIFICATE_ITEMS.map(apiItem),
      },
    ],
  };
}

/** A stand-in for ECharts (jsdom draws nothing): records the options it is given. */
export function fakeEcharts() {
  const options: unknown[] = [];
  const chart = {
    setOption: (o: unknown) => options.push(o),
    resize: () => undefined,
    dispose: () => undefined,
    isDisposed: () => false,
    on: () => undefined,
    off: () => undefined,
    showLoading: () => undefined,
    hideLoading: () => undefined,
  };
  return { options, provider: { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: { init: () => chart } } } };
}
