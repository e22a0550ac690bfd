/** Menu entries of the console shell that have no root translation (scope `consoleNav`). */
export const zhCN = {
  shopShops: '积分超市',
  shopFunds: '经费台账',
  shopRounds: '兑换轮次',
};
