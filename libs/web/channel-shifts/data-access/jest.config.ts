export default {
  displayName: 'web-channel-shifts-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/channel-shifts/data-access',
};
