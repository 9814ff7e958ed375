export default {
  displayName: 'web-shared-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/shared/data-access',
};
