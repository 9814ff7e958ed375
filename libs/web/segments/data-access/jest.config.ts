export default {
  displayName: 'web-segments-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/segments/data-access',
};
