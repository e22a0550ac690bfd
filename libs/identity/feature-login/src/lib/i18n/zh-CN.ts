/** Sign-in and password pages (scope `login`). */
export const zhCN = {
  title: '登录',
  subtitle: '乡村治理积分制与清单制平台',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  usernameRequired: '请输入用户名',
  passwordRequired: '请输入密码',
  changePassword: {
    title: '修改密码',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    submit: '修改密码',
    currentRequired: '请输入当前密码',
    newRequired: '请输入新密码',
    newTooShort: '新密码至少 {{ min }} 位',
    mismatch: '两次输入的新密码不一致',
    done: '密码已修改',
  },
};

export type LoginTranslation = typeof zhCN;
