/** Words of the registry domain (scope `registry`). */
export const zhCN = {
  residency: {
    LOCAL_HUKOU: '本地户籍',
    NON_LOCAL: '非本地户籍（居住满 6 个月）',
  },
  residencyShort: {
    LOCAL_HUKOU: '本地',
    NON_LOCAL: '非本地',
  },
  relation: {
    HEAD: '户主',
    SPOUSE: '配偶',
    CHILD: '子女',
    PARENT: '父母',
    GRANDCHILD: '孙子女',
    SIBLING: '兄弟姐妹',
    OTHER: '其他',
  },
  gender: {
    MALE: '男',
    FEMALE: '女',
  },
  participating: {
    true: '参与积分',
    false: '未参与积分',
  },
  card: {
    title: '积分信息卡',
    number: '卡号',
    head: '户主',
    idNumber: '身份证号',
    address: '住址',
    village: '村',
    grid: '网格',
    residency: '户籍类型',
    participating: '积分参与',
    members: '家庭成员',
    memberCount: '{{ count }} 人',
    noMembers: '暂无家庭成员',
    qrNote: '二维码随积分卡打印',
  },
  member: {
    name: '姓名',
    relation: '与户主关系',
    gender: '性别',
    birthDate: '出生日期',
    idNumber: '身份证号',
    phone: '电话',
    participating: '参与积分',
    head: '户主',
    inactive: '已迁出',
  },
  breadcrumb: {
    label: '区划路径',
  },
};

export type RegistryTranslation = typeof zhCN;
