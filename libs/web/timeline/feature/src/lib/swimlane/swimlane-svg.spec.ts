import { timelineFixture } from '@journey-atlas/web/timeline/data-access';
import { layoutSwimlanes } from './swimlane-layout';
import { markPath, swimlaneToSvg } from './swimlane-svg';

const { TIMELINE } = timelineFixture;

describe(swimlaneToSvg.name, () => {
  const layout = layoutSwimlanes(TIMELINE.touchpoints, 700);

  it('is a standalone, parseable SVG document with lanes, journeys, marks and friction', () => {
    const svg = swimlaneToSvg(layout, 'Customer <timeline>');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.querySelector('title')?.textContent).toBe('Customer <timeline>');
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Web', 'Phone', 'Email', 'J1', 'J2']));
    expect(svg).toContain('Failed containment (the first assisted step of a journey');
    const titles = Array.from(root.querySelectorAll('path > title')).map((t) => t.textContent);
    expect(titles).toContain(layout.marks[1].description);
  });
});

describe(markPath.name, () => {
  it('draws assisted contacts as squares and self-service ones as circles', () => {
    expect(markPath({ x: 10, y: 20, assisted: true })).toBe('M4,14h12v12h-12Z');
    expect(markPath({ x: 10, y: 20, assisted: false })).toMatch(/^M4,20a6,6/);
  });
});
