export default {
  displayName: 'web-timeline-feature',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/timeline/feature',
};
