import { escapeXml, exportFileName, roundSvg, svgDocumentStart } from './svg-export';

describe(exportFileName.name, () => {
  it('names the file after the chart and the day', () => {
    const day = new Date('2026-11-25T10:00:00Z');
    expect(exportFileName('Journey map: Router offline', 'png', day)).toBe(
      'journey-map-router-offline-2026-11-25.png',
    );
    expect(exportFileName('***', 'svg', day)).toBe('chart-2026-11-25.svg');
  });
});

describe(svgDocumentStart.name, () => {
  it('opens a well-formed standalone document with its size, escaped title and background', () => {
    const svg = [...svgDocumentStart(320, 200, 'Leaks <web> & "phone"'), '</svg>'].join('\n');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('viewBox')).toBe('0 0 320 200');
    expect(root.querySelector('title')?.textContent).toBe('Leaks <web> & "phone"');
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
  });
});

describe(escapeXml.name, () => {
  it('escapes the five reserved characters and nothing else', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('Web → Phone ✓')).toBe('Web → Phone ✓');
  });
});

describe('roundSvg', () => {
  it('keeps two decimals at most', () => {
    expect(roundSvg(1.23456)).toBe(1.23);
    expect(roundSvg(7)).toBe(7);
  });
});
