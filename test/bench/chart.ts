/** One server's figures for the chart. */
export interface ChartBar {
  label: string;
  requestsPerSecond: number;
  p99Ms: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function panel(bars: ChartBar[], title: string, value: (bar: ChartBar) => number, unit: string, x: number, colour: string): string {
  const width = 420;
  const top = 50;
  const height = 220;
  const max = Math.max(...bars.map(value), 1) * 1.15;
  const slot = width / bars.length;
  const parts = [`<text x="${x + width / 2}" y="30" text-anchor="middle" font-size="15" font-weight="bold">${escape(title)}</text>`];
  parts.push(`<line x1="${x}" y1="${top + height}" x2="${x + width}" y2="${top + height}" stroke="#333"/>`);
  bars.forEach((bar, index) => {
    const barHeight = (value(bar) / max) * height;
    const left = x + index * slot + slot * 0.15;
    const barWidth = slot * 0.7;
    parts.push(`<rect x="${left.toFixed(1)}" y="${(top + height - barHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${colour}"/>`);
    parts.push(`<text x="${(left + barWidth / 2).toFixed(1)}" y="${(top + height - barHeight - 6).toFixed(1)}" text-anchor="middle" font-size="12">${Math.round(value(bar)).toLocaleString('en')} ${unit}</text>`);
    parts.push(`<text x="${(left + barWidth / 2).toFixed(1)}" y="${top + height + 18}" text-anchor="middle" font-size="12">${escape(bar.label)}</text>`);
  });
  return parts.join('\n  ');
}

/** Two bar panels side by side, requests per second and p99 latency, as a standalone SVG. */
export function profilePageChart(bars: ChartBar[], caption: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="920" height="330" viewBox="0 0 920 330" font-family="sans-serif">
  <rect width="920" height="330" fill="#fff"/>
  ${panel(bars, 'Requests per second (higher is better)', (bar) => bar.requestsPerSecond, '', 20, '#2a7ab0')}
  ${panel(bars, 'p99 latency in ms (lower is better)', (bar) => bar.p99Ms, 'ms', 480, '#c0504d')}
  <text x="460" y="318" text-anchor="middle" font-size="11" fill="#555">${escape(caption)}</text>
</svg>
`;
}
