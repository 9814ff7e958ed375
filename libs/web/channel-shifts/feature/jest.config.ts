export default {
  displayName: 'web-channel-shifts-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/channel-shifts/feature',
};
