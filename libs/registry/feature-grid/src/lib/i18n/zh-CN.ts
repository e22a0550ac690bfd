/** The grid workers' phone app (scope `grid`). */
export const zhCN = {
  myGrids: {
    title: '我的网格',
    empty: '您还没有分配网格，请联系村管理员',
    leader: '网格长：{{ name }}',
    open: '查看农户',
  },
  gridHouseholds: {
    title: '网格农户',
    count: '共 {{ total }} 户',
    more: '加载更多',
    empty: '该网格暂无农户',
  },
  find: {
    title: '查找农户',
    searchLabel: '按姓名或卡号搜索',
    search: '搜索',
    results: '搜索结果',
    noResults: '没有找到匹配的农户',
    scan: '扫描积分卡二维码',
    manualLabel: '手动输入积分卡号',
    manualGo: '查看',
    manualInvalid: '请输入正确的积分卡号',
  },
  scanner: {
    title: '扫码',
    hint: '将积分卡上的二维码放入框内',
    stop: '停止扫码',
    notSupported: '此浏览器不能使用摄像头，请手动输入卡号',
    denied: '无法打开摄像头（未授权或被占用），请手动输入卡号',
    invalid: '这不是积分卡二维码：{{ text }}',
    loading: '正在打开摄像头…',
  },
  household: {
    title: '积分信息卡',
    notFound: '未找到该农户',
    back: '返回',
  },
};

export type GridTranslation = typeof zhCN;
