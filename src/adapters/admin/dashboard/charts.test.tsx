import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { BarChart, chartOverlay, ColumnChart, niceScale, WIDTH } from './charts';
import { allocationsBySizeChart, candidaciesPerDayChart, dashboardCharts, offersByStateChart, publicationToAllocationChart } from './dashboard-charts';
import type { DashboardSeries } from '../../db/read-models/platform-stats';
import { lastDays, lastMonths } from '../../db/read-models/platform-stats';

const svgOf = (vnode: VNode) => {
  const html = render(vnode);
  const doc = new DOMParserLite(html);
  return { html, doc };
};

/** Just enough parsing for assertions: attributes of the elements of a tag. */
class DOMParserLite {
  constructor(readonly html: string) {}
  all(tag: string): Record<string, string>[] {
    const out: Record<string, string>[] = [];
    for (const m of this.html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
      const attrs: Record<string, string> = {};
      for (const a of m[1]!.matchAll(/([a-zA-Z0-9:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
      out.push(attrs);
    }
    return out;
  }
  texts(): string[] {
    return [...this.html.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
  }
}

describe('niceScale', () => {
  it('rounds the axis up to 1, 2 or 5 × 10^k steps', () => {
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(87)).toEqual({ max: 100, step: 50 });
    expect(niceScale(1234)).toEqual({ max: 1500, step: 500 });
    expect(niceScale(46_750)).toEqual({ max: 60_000, step: 20_000 });
  });
});

describe('ColumnChart', () => {
  const data = [
    { label: 'jan', value: 10 },
    { label: 'fév', value: null },
    { label: 'mar', value: 40 },
  ];

  it('is an accessible image named by its title and described', () => {
    const { doc, html } = svgOf(<ColumnChart id="c1" title="Délai médian" description="De janvier à mars" data={data} valueLabels />);
    const [svg] = doc.all('svg');
    expect(svg).toMatchObject({ role: 'img', 'aria-labelledby': 'c1-title c1-desc', viewBox: expect.stringMatching(new RegExp(`^0 0 ${WIDTH} \\d+$`)) });
    expect(html).toContain('<title id="c1-title">Délai médian</title>');
    expect(html).toContain('<desc id="c1-desc">De janvier à mars</desc>');
  });

  it('draws a y axis with ticks from 0 to a round maximum, and one column per non-empty point, proportional to its value', () => {
    const { doc } = svgOf(<ColumnChart id="c2" title="t" description="d" data={data} valueLabels />);
    const texts = doc.texts();
    expect(texts).toEqual(expect.arrayContaining(['0', '10', '20', '30', '40']));
    const rects = doc.all('rect');
    expect(rects).toHaveLength(2); // the null month has no column
    const heights = rects.map((r) => Number(r.height));
    expect(heights[1]! / heights[0]!).toBeCloseTo(4, 1);
    // x labels and value labels, "—" for the missing value
    expect(texts).toEqual(expect.arrayContaining(['jan', 'fév', 'mar', '—']));
    expect(
      doc
        .all('g')
        .filter((g) => g.class === 'bar')
        .map((g) => g['data-value'] ?? ''),
    ).toEqual(['10', '', '40']);
    // every column stands on the x axis
    const axis = doc.all('line').find((l) => l.class === 'x-axis')!;
    for (const r of rects) expect(Number(r.y) + Number(r.height)).toBeCloseTo(Number(axis.y1), 0);
  });

  it('writes an x label only every n points', () => {
    const many = Array.from({ length: 90 }, (_, i) => ({ label: `j${i}`, value: i }));
    const { doc } = svgOf(<ColumnChart id="c3" title="t" description="d" data={many} labelEvery={15} />);
    const labels = doc.texts().filter((t) => t.startsWith('j'));
    expect(labels).toEqual(['j0', 'j15', 'j30', 'j45', 'j60', 'j75']);
    expect(doc.all('rect')).toHaveLength(89); // day 0 has the value 0
  });

  it('says so when there is nothing to draw, and says 0 (not « no data ») when the values are 0', () => {
    for (const empty of [
      [],
      [
        { label: 'a', value: null },
        { label: 'b', value: null },
      ],
    ]) {
      const { doc, html } = svgOf(<ColumnChart id="c4" title="t" description="d" data={empty} />);
      expect(doc.all('rect')).toHaveLength(0);
      expect(html).toContain('Aucune donnée sur la période');
      expect(html).not.toContain('NaN');
    }
    const { doc, html } = svgOf(
      <ColumnChart
        id="c4"
        title="t"
        description="d"
        data={[
          { label: 'a', value: 0 },
          { label: 'b', value: null },
        ]}
        valueLabels
      />,
    );
    expect(doc.all('rect')).toHaveLength(0);
    expect(html).not.toContain('Aucune donnée');
    expect(html).toContain('0 sur toute la période');
    expect(doc.texts()).toContain('0');
  });

  it('escapes labels, title and description', () => {
    const { html } = svgOf(<ColumnChart id="c5" title={'<script>alert(1)</script>'} description={'a & "b"'} data={[{ label: '<img src=x onerror=alert(1)>', value: 1 }]} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title id="c5-title">&lt;script>alert(1)&lt;/script></title>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).toContain('a &amp; &quot;b&quot;');
  });
});

describe('BarChart', () => {
  it('draws one bar per category, the longest for the largest value, with the label and the value as text', () => {
    const { doc } = svgOf(
      <BarChart
        id="b1"
        title="Offres par état"
        description="d"
        data={[
          { label: 'Publiée', value: 1838 },
          { label: 'En instruction', value: 2238 },
          { label: 'Retirée', value: 0 },
        ]}
      />,
    );
    const rects = doc.all('rect');
    expect(rects).toHaveLength(2); // no bar for 0
    expect(Number(rects[1]!.width)).toBeGreaterThan(Number(rects[0]!.width));
    expect(Number(rects[0]!.width) / Number(rects[1]!.width)).toBeCloseTo(1838 / 2238, 2);
    expect(doc.texts()).toEqual(['Publiée', '1\u202f838', 'En instruction', '2\u202f238', 'Retirée', '0']);
  });

  it('keeps the categories and says 0 when every value is 0 (no data only without any value), and escapes labels', () => {
    const { html, doc } = svgOf(<BarChart id="b2" title="t" description="d" data={[{ label: 'PME <b>', value: 0 }]} />);
    expect(doc.all('rect')).toHaveLength(0);
    expect(html).toContain('PME &lt;b>');
    expect(html).toContain('0 sur toute la période');
    expect(svgOf(<BarChart id="b3" title="t" description="d" data={[]} />).html).toContain('Aucune donnée sur la période');
  });
});

describe('dashboard chart data', () => {
  const series: DashboardSeries = {
    computedAt: new Date('2026-03-15T10:00:00Z'),
    candidaciesPerDay: lastDays('2026-03-15', 90).map((day, i) => ({ day, count: i === 89 ? 7 : 0 })),
    publicationToAllocation: lastMonths('2026-03-15', 12).map((month) =>
      month === '2026-02' ? { month, medianDays: 23.46, allocations: 3 } : { month, medianDays: null, allocations: 0 },
    ),
    allocationsBySizeClass: [
      { sizeClass: 'PME', count: 1 },
      { sizeClass: 'ETI', count: 0 },
      { sizeClass: 'GE', count: 2 },
      { sizeClass: 'none', count: 1 },
    ],
    monthsFrom: '2025-04-01',
  };

  it('gives 90 days ending today and 12 months ending with the current one', () => {
    expect(series.candidaciesPerDay[0]!.day).toBe('2025-12-16');
    expect(series.candidaciesPerDay[89]!.day).toBe('2026-03-15');
    expect(lastMonths('2026-03-15', 12)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('makes the same numbers for the chart, the table and the CSV', () => {
    const perDay = candidaciesPerDayChart(series);
    expect(perDay.csvRows.at(-1)).toEqual(['2026-03-15', 7]);
    expect(perDay.tableRows.at(-1)).toEqual(['15/03/2026', 7]);
    expect(perDay.points.at(-1)).toEqual({ label: '15/03', value: 7 });
    expect(perDay.description).toContain('au plus 7 le 15/03/2026');

    const delay = publicationToAllocationChart(series);
    expect(delay.points.map((p) => p.value)).toEqual([null, null, null, null, null, null, null, null, null, null, 23.5, null]);
    expect(delay.csvRows[10]).toEqual(['2026-02', 3, 23.5]);
    expect(delay.csvRows[0]).toEqual(['2025-04', 0, null]);
    expect(delay.tableRows[10]).toEqual(['févr. 2026', 3, '23,5']);

    const sizes = allocationsBySizeChart(series);
    expect(sizes.csvRows).toEqual([
      ['PME', 'PME', 1, 25],
      ['ETI', 'ETI', 0, 0],
      ['GE', 'Grande entreprise (GE)', 2, 50],
      ['none', 'Sans classe (employeur non référencé ou inconnu)', 1, 25],
    ]);

    const offers = offersByStateChart({ published: 2, in_instruction: 1 });
    expect(offers.points).toHaveLength(9);
    expect(offers.csvRows.find((r) => r[0] === 'published')).toEqual(['published', 'Publiée', 2]);
    expect(offers.description).toContain('3 offres au total');
  });
});

describe('every chart agrees with its table', () => {
  const base: DashboardSeries = {
    computedAt: new Date('2026-03-15T10:00:00Z'),
    candidaciesPerDay: lastDays('2026-03-15', 90).map((day) => ({ day, count: 0 })),
    publicationToAllocation: lastMonths('2026-03-15', 12).map((month) => ({ month, medianDays: null, allocations: 0 })),
    allocationsBySizeClass: [],
    monthsFrom: '2025-04-01',
  };
  // the bug: a home let the day it was published gives a median of 0 days; the chart said « no data » while its table said 0
  const sameDay: DashboardSeries = { ...base, publicationToAllocation: base.publicationToAllocation.map((m, i) => (i === 11 ? { ...m, medianDays: 0, allocations: 1 } : m)) };
  const busy: DashboardSeries = {
    ...base,
    candidaciesPerDay: base.candidaciesPerDay.map((d, i) => ({ ...d, count: i % 7 })),
    publicationToAllocation: base.publicationToAllocation.map((m, i) => (i > 8 ? { ...m, medianDays: 12.5 * i, allocations: i } : m)),
    allocationsBySizeClass: [
      { sizeClass: 'PME', count: 2 },
      { sizeClass: 'GE', count: 0 },
    ],
  };
  const cases = [
    ['nothing at all', base, { published: 0 }],
    ['a median of 0 days', sameDay, { published: 0 }],
    ['data everywhere', busy, { published: 4, closed: 1 }],
  ] as const;

  for (const [what, series, offers] of cases) {
    it(`${what}: « no data » exactly when every value cell of the table is « — », else the table's values are the chart's`, () => {
      for (const chart of dashboardCharts(series, offers)) {
        const valueColumn = chart.tableHeaders.length - 1 === 1 ? 1 : chart.id === 'delai-publication-attribution' ? 2 : 1;
        const cells = chart.tableRows.map((r) => r[valueColumn]);
        const tableHasValue = cells.some((c) => c !== '—' && c !== null && c !== undefined);
        const overlay = chartOverlay(chart.points);
        expect(overlay === 'empty', `${chart.id}: chart says no data = table has none`).toBe(!tableHasValue);
        // point by point: the value drawn is the value of the table (written the French way)
        expect(chart.points).toHaveLength(chart.tableRows.length);
        chart.points.forEach((p, i) => {
          const cell = cells[i];
          if (p.value === null) expect(cell, `${chart.id} row ${i}`).toBe('—');
          else expect(typeof cell === 'number' ? cell : Number(String(cell).replace(',', '.')), `${chart.id} row ${i}`).toBe(p.value);
        });
        const html = render(
          chart.kind === 'columns' ? (
            <ColumnChart id={chart.id} title={chart.title} description={chart.description} data={chart.points} />
          ) : (
            <BarChart id={chart.id} title={chart.title} description={chart.description} data={chart.points} />
          ),
        );
        expect(html.includes('Aucune donnée'), chart.id).toBe(!tableHasValue);
      }
    });
  }
});
