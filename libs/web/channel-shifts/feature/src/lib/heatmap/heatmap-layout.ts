import {
  type LeakCell,
  type LeakMatrix,
  cellAt,
} from '@journey-atlas/web/channel-shifts/data-access';
import { color, interpolateYlGnBu } from 'd3';
import { channelLabel, formatCount, formatUsd } from '../shift-format';

/** Cell fill for no leaks at all: neutral, never read as "a few". */
export const EMPTY_FILL = '#f4f6f9';
const INK = '#1b2430';
const WHITE = '#ffffff';

/**
 * Sequential fill for a leak count: ColorBrewer YlGnBu (safe for the common forms of colour
 * blindness, lightness falls monotonically with the value, so it also survives greyscale).
 * The lightest end is skipped so a small count still differs from an empty cell, and the
 * mid-blue band 0.6-0.7 is skipped because neither ink nor white reaches 4.5:1 on it — the
 * printed values must stay readable on every cell.
 */
export function heatColour(value: number, max: number): string {
  if (!(value > 0) || !(max > 0)) return EMPTY_FILL;
  const u = Math.min(1, value / max);
  const t = u <= 0.5 ? 0.12 + u * 0.96 : 0.7 + (u - 0.5) * 0.5;
  return color(interpolateYlGnBu(t))?.formatHex() ?? EMPTY_FILL;
}

function luminance(hex: string): number {
  const rgb = color(hex)?.rgb();
  if (!rgb) return 1;
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Ink or white, whichever reads better on the fill. */
export function textColour(fill: string): string {
  return contrast(fill, INK) >= contrast(fill, WHITE) ? INK : WHITE;
}

export interface HeatCell {
  key: string;
  from: string;
  to: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  fill: string;
  text: string;
  label: string;
  description: string;
  cell: LeakCell | null;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  rows: { channel: string; label: string; y: number }[];
  columns: { channel: string; label: string; x: number }[];
  cells: HeatCell[];
  legend: { value: number; colour: string; label: string }[];
  plot: { x0: number; y0: number; x1: number; y1: number };
}

const LEFT = 120;
const TOP = 48;
const ROW_HEIGHT = 44;
const MAX_COLUMN = 120;
const MIN_COLUMN = 56;

function describe(from: string, to: string, cell: LeakCell | null): string {
  const pair = `${channelLabel(from)} to ${channelLabel(to)}`;
  if (!cell) return `${pair}: no leaks`;
  const top = cell.intents
    .slice(0, 3)
    .map((i) => `${i.intent} ${formatCount(i.journeys)}`)
    .join(', ');
  return (
    `${pair}: ${formatCount(cell.journeys)} leak journeys, assisted cost ${formatUsd(cell.assistedCost)}` +
    `; intents: ${top}${cell.intents.length > 3 ? ', …' : ''}`
  );
}

/**
 * Geometry of the leak heatmap: self-service channels down the side (where customers
 * started), assisted channels across the top (where they ended up), one cell per pair with
 * its count printed on it. Pure, so it is tested without a browser.
 */
export function layoutHeatmap(matrix: LeakMatrix, width: number): HeatmapLayout {
  const columns = matrix.to.length;
  const columnWidth = Math.max(
    MIN_COLUMN,
    Math.min(MAX_COLUMN, columns ? (width - LEFT - 8) / columns : MAX_COLUMN),
  );
  const plot = {
    x0: LEFT,
    y0: TOP,
    x1: LEFT + columns * columnWidth,
    y1: TOP + matrix.from.length * ROW_HEIGHT,
  };
  const cells: HeatCell[] = [];
  matrix.from.forEach((from, r) => {
    matrix.to.forEach((to, c) => {
      const cell = cellAt(matrix, from, to);
      const value = cell?.journeys ?? 0;
      const fill = heatColour(value, matrix.max);
      cells.push({
        key: `${from}>${to}`,
        from,
        to,
        x: LEFT + c * columnWidth,
        y: TOP + r * ROW_HEIGHT,
        width: columnWidth,
        height: ROW_HEIGHT,
        value,
        fill,
        text: textColour(fill),
        label: cell ? formatCount(value) : '–',
        description: describe(from, to, cell),
        cell,
      });
    });
  });
  const stops = 5;
  const legend = Array.from({ length: stops }, (_, i) => {
    const value = Math.round((matrix.max * (i + 1)) / stops);
    return { value, colour: heatColour(value, matrix.max), label: formatCount(value) };
  }).filter((stop, i, all) => stop.value > 0 && (i === 0 || stop.value !== all[i - 1].value));
  return {
    width: Math.max(width, plot.x1 + 8),
    height: plot.y1 + 8,
    rows: matrix.from.map((channel, r) => ({
      channel,
      label: channelLabel(channel),
      y: TOP + r * ROW_HEIGHT + ROW_HEIGHT / 2,
    })),
    columns: matrix.to.map((channel, c) => ({
      channel,
      label: channelLabel(channel),
      x: LEFT + c * columnWidth + columnWidth / 2,
    })),
    cells,
    legend,
    plot,
  };
}
