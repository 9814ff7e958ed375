export default {
  displayName: 'web-shared-ui',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/shared/ui',
};
