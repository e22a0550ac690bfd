export default {
  displayName: 'shop-util',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/shop/util',
};
