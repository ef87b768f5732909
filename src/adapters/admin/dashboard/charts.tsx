/**
 * Simple charts drawn as SVG on the server (no script, no library): vertical columns for series
 * over time, horizontal bars for categories. Accessible: role="img" named by the <title> and
 * described by the <desc>; every bar's value is also written as text, and the pages give the
 * numbers as a table. Sized for a phone: the viewBox is 360 units wide (about one unit per CSS
 * pixel on a 390-pixel screen) and the SVG scales to its container. preact escapes every label.
 */
import type { ComponentChildren } from 'preact';
import { frInteger } from '../../web/kit/format';

export interface ChartPoint {
  /** category or x-axis label */
  label: string;
  /** null: no value for this point (drawn as a gap, written "—") */
  value: number | null;
}

interface ChartText {
  /** prefix of the element ids (title, desc) */
  id: string;
  title: string;
  description: string;
  /** how a value is written (default: French integer) */
  format?: (value: number) => string;
  /** what the chart says when there is nothing to draw */
  emptyText?: string;
}

export const WIDTH = 360;
const INK = '#161616';
const MUTED = '#3a3a3a';
const GRID = '#d5d5d5';
const BAR = '#000091';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';
const defaultFormat = frInteger;
const DEFAULT_EMPTY = 'Aucune donnée sur la période';
const ALL_ZERO = '0 sur toute la période';

/**
 * What a chart writes over its plot, from the same values as its table: « no data » only when no
 * point has a value (every cell of the table is « — »); when every value is 0, it says 0 (a value
 * of 0 days, e.g. a home let the day it was published, is data). Undefined: the values are drawn.
 */
export function chartOverlay(data: readonly ChartPoint[]): 'empty' | 'zero' | undefined {
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  if (values.length === 0) return 'empty';
  return values.every((v) => v === 0) ? 'zero' : undefined;
}

/** An upper bound of the axis and its step: 1, 2 or 5 × 10^k, at most `ticks` steps. */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const integerStep = Math.max(1, step);
  return { max: Math.ceil(max / integerStep) * integerStep, step: integerStep };
}

const round = (n: number) => Math.round(n * 10) / 10;

function Frame({ id, title, description, height, children }: { id: string; title: string; description: string; height: number; children: ComponentChildren }) {
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      xmlns="http://www.w3.org/2000/svg"
      font-family={FONT}
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/**
 * Vertical columns over an x axis (days, months): a y axis with 1-2-5 ticks and grid lines, one
 * column per point, x labels every `labelEvery` points, values written above the columns when
 * `valueLabels` (for a dozen points; not for 90 days).
 */
export function ColumnChart(props: ChartText & { data: ChartPoint[]; labelEvery?: number; valueLabels?: boolean; yLabel?: string; height?: number }) {
  const { id, title, description, data, labelEvery = 1, valueLabels = false, yLabel, height = 240 } = props;
  const format = props.format ?? defaultFormat;
  const left = 40;
  const right = 8;
  const top = yLabel ? 24 : 12;
  const bottom = 28;
  const plotW = WIDTH - left - right;
  const plotH = height - top - bottom;
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const overlay = chartOverlay(data);
  const scale = niceScale(Math.max(0, ...values));
  const y = (v: number) => round(top + plotH - (v / scale.max) * plotH);
  const slot = data.length ? plotW / data.length : plotW;
  const barW = Math.max(1, round(slot * (data.length > 30 ? 0.8 : 0.65)));
  const ticks: number[] = [];
  for (let v = 0; v <= scale.max; v += scale.step) ticks.push(v);
  return (
    <Frame id={id} title={title} description={description} height={height}>
      {yLabel && (
        <text x={0} y={12} font-size="11" fill={MUTED} class="y-label">
          {yLabel}
        </text>
      )}
      <g class="y-axis">
        {ticks.map((v) => (
          <g>
            <line x1={left} x2={WIDTH - right} y1={y(v)} y2={y(v)} stroke={GRID} stroke-width="1" />
            <text x={left - 4} y={y(v) + 4} font-size="11" text-anchor="end" fill={MUTED}>
              {format(v)}
            </text>
          </g>
        ))}
      </g>
      <line class="x-axis" x1={left} x2={WIDTH - right} y1={top + plotH} y2={top + plotH} stroke={INK} stroke-width="1" />
      <g class="bars">
        {data.map((d, i) => {
          const x = round(left + i * slot + (slot - barW) / 2);
          const v = d.value;
          return (
            <g class="bar" data-label={d.label} data-value={v === null ? '' : String(v)}>
              {v !== null && v > 0 && <rect x={x} y={y(v)} width={barW} height={round(top + plotH - y(v))} fill={BAR} />}
              {valueLabels && (
                <text x={round(x + barW / 2)} y={v !== null && v > 0 ? y(v) - 3 : top + plotH - 3} font-size="10" text-anchor="middle" fill={INK}>
                  {v === null ? '—' : format(v)}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g class="x-labels">
        {data.map((d, i) =>
          i % labelEvery === 0 ? (
            <text x={round(left + i * slot + slot / 2)} y={height - 10} font-size="10" text-anchor="middle" fill={MUTED}>
              {d.label}
            </text>
          ) : null,
        )}
      </g>
      {overlay && (
        <text class={overlay} x={round(left + plotW / 2)} y={round(top + plotH / 2)} font-size="13" text-anchor="middle" fill={INK}>
          {overlay === 'empty' ? (props.emptyText ?? DEFAULT_EMPTY) : ALL_ZERO}
        </text>
      )}
    </Frame>
  );
}

/** Horizontal bars, one per category: the label above its bar, the value after it. */
export function BarChart(props: ChartText & { data: ChartPoint[] }) {
  const { id, title, description, data } = props;
  const format = props.format ?? defaultFormat;
  const left = 4;
  const valueRoom = 56;
  const row = 36;
  const top = 6;
  const barH = 14;
  const overlay = chartOverlay(data);
  const rowsEnd = top + data.length * row;
  const height = rowsEnd + (overlay ? 28 : 4);
  const max = Math.max(0, ...data.map((d) => d.value ?? 0));
  const plotW = WIDTH - left - valueRoom;
  const w = (v: number) => (max > 0 ? round((v / max) * plotW) : 0);
  return (
    <Frame id={id} title={title} description={description} height={height}>
      <g class="bars">
        {data.map((d, i) => {
          const y0 = top + i * row;
          const v = d.value ?? 0;
          return (
            <g class="bar" data-label={d.label} data-value={d.value === null ? '' : String(d.value)}>
              <text x={left} y={y0 + 11} font-size="12" fill={INK}>
                {d.label}
              </text>
              <line x1={left} x2={left} y1={y0 + 15} y2={y0 + 15 + barH} stroke={INK} stroke-width="1" />
              {v > 0 && <rect x={left} y={y0 + 15} width={Math.max(1, w(v))} height={barH} fill={BAR} />}
              <text x={left + Math.max(1, w(v)) + 4} y={y0 + 26} font-size="12" fill={INK} font-weight="600">
                {d.value === null ? '—' : format(v)}
              </text>
            </g>
          );
        })}
      </g>
      {overlay && (
        <text class={overlay} x={WIDTH / 2} y={rowsEnd + 18} font-size="13" text-anchor="middle" fill={INK}>
          {overlay === 'empty' ? (props.emptyText ?? DEFAULT_EMPTY) : ALL_ZERO}
        </text>
      )}
    </Frame>
  );
}
