/** The public site (scope `portal`). */
export const zhCN = {
  home: {
    title: '村务公开',
    intro: '查看本村的积分公示、四张清单和办事指南。无需登录。',
    choose: '选择我的村',
  },
  chooser: {
    title: '选择村',
    all: '全部地区',
    levels: {
      COUNTY: '请选择旗县区',
      TOWN: '请选择苏木乡镇',
      VILLAGE: '请选择嘎查村',
      OTHER: '请选择地区',
    },
    empty: '这里还没有开通的地区',
  },
  village: {
    notFound: '未找到该村',
    change: '切换村',
    counts: '共 {{ households }} 户，其中 {{ participating }} 户参与积分制',
    sectionsTitle: '公开内容',
    notPublished: '暂未公开',
    openBoard: '查看积分公示 →',
    openLists: '查看本村清单 →',
    openCases: '办事结果公开 →',
    openComplaint: '投诉举报 →',
    openVerify: '输入编号核验证明 →',
    sections: {
      board: {
        title: '积分公示栏',
        text: '按季度公示的户积分、排名和红黑榜。',
      },
      lists: {
        title: '四张清单',
        text: '依法自治事项、协助政府工作事项、工作负面事项和依法出具证明事项清单。',
      },
      certificates: {
        title: '证明核验',
        text: '扫描村出具证明上的二维码，核验证明真伪。',
      },
      surveys: {
        title: '满意度测评',
        text: '参与本村工作满意度测评，每户一次。',
      },
    },
  },
};

export type PortalTranslation = typeof zhCN;
