import { wireChartHost } from './chart-host';

describe(wireChartHost.name, () => {
  it('measures the host, delegates its events until the teardown, then lets go', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const clicks: EventTarget[] = [];
    const widths: number[] = [];
    const teardown = wireChartHost(
      host,
      [['click', (event) => clicks.push(event.target as EventTarget)]],
      (width) => widths.push(width),
    );
    const child = document.createElement('span');
    host.append(child);
    child.click();
    expect(clicks).toEqual([child]);
    // jsdom lays nothing out: the first measurement is the host's width as the DOM reports it.
    expect(widths).toEqual([Math.floor(host.getBoundingClientRect().width)]);

    teardown();
    child.click();
    expect(clicks).toHaveLength(1);
    host.remove();
  });
});
