/** The checklist pages of the public site (scope `checklistsPortal`). */
export const zhCN = {
  nav: {
    village: '本村首页',
    lists: '村级清单',
    cases: '办事结果公开',
    complaint: '投诉举报',
  },
  lists: {
    title: '村级清单',
    village: '{{ village }} · 村级清单',
    intro:
      '本村现行的依法自治事项、依法协助政府工作事项、工作负面事项和依法出具证明事项清单。照单办事、按图操作，欢迎监督。',
    none: '本村清单尚未上墙',
    lastChanged: '清单最近调整于 {{ date }}',
    tabs: '选择清单',
    version: '第 {{ version }} 版 · {{ date }} 起施行',
    changeReason: '调整理由',
    legalBasis: '政策依据',
    count: '共 {{ count }} 项',
    noItems: '本清单暂无事项',
    poster: '下载上墙海报（A4）',
    posterA3: 'A3 版',
  },
  item: {
    flow: '办理流程图',
    steps: '办理步骤',
    stepDays: '{{ days }} 天',
    chartHint: '流程图中，箭头上的文字是每一步的办理结果。',
  },
  fields: {
    category: '事项类别',
    forbidden: '负面事项',
    basis: '禁止依据',
    policyBasis: '政策依据',
    purpose: '办理用途',
    conditions: '办理条件',
    materials: '申请材料',
    timeLimit: '办结时限',
    responsibleBody: '责任主体',
    guidingUnit: '指导单位',
    oversight: '监督管理',
    fee: '收费标准',
    disclosure: '公开',
    sample: '证明式样',
    notes: '特别说明',
    consultation: '咨询查询',
  },
  oversight: {
    who: '监督主体',
    ofWhom: '监督对象',
    how: '监督方式',
  },
  disclosure: {
    what: '公开内容',
    how: '公开方式',
  },
  stepKinds: {
    START: '开始',
    TASK: '办理环节',
    END: '办结',
  },
};

export type ChecklistsPortalTranslation = typeof zhCN;
