export default {
  displayName: 'shop-api',
  preset: '../../../jest.preset.server.js',
  coverageDirectory: '../../../coverage/libs/shop/api',
};
