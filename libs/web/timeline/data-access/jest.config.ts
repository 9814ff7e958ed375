export default {
  displayName: 'web-timeline-data-access',
  preset: '../../../../jest.angular.preset.js',
  coverageDirectory: '../../../../coverage/libs/web/timeline/data-access',
};
