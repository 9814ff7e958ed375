export default {
  displayName: 'web-journey-map-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/journey-map/data-access',
};
