export default {
  displayName: 'web-journey-map-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/journey-map/feature',
};
