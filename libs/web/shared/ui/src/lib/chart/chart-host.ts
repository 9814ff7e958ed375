/** A delegated listener on a chart's host element. */
export type ChartListener = [type: string, listener: (event: Event) => void];

/**
 * Wires a chart's host element (call it after the first render): the delegated listeners, and
 * the host's width now and on every resize (at most one update per animation frame; a zero width,
 * hidden or mid-relayout, keeps the last drawing). Returns the teardown for `DestroyRef.onDestroy`.
 */
export function wireChartHost(
  host: HTMLElement,
  listeners: readonly ChartListener[],
  onWidth: (width: number) => void,
): () => void {
  for (const [type, listener] of listeners) host.addEventListener(type, listener);
  let frame = 0;
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          // Coalesce bursts of resize events into one layout per frame.
          cancelAnimationFrame(frame);
          const width = Math.floor(entries[0].contentRect.width);
          if (width > 0) frame = requestAnimationFrame(() => onWidth(width));
        });
  onWidth(Math.floor(host.getBoundingClientRect().width));
  observer?.observe(host);
  return () => {
    observer?.disconnect();
    cancelAnimationFrame(frame);
    for (const [type, listener] of listeners) host.removeEventListener(type, listener);
  };
}
