export default {
  displayName: 'web-journey-map-ui',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/journey-map/ui',
};
