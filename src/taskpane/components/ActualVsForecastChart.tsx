import { makeStyles, tokens } from "@fluentui/react-components";

export interface ActualVsForecastChartProps {
  title: string;
  forecastLabel: string;
  actualLabel: string;
  days: readonly { date: string; forecast: number; actual: number | null }[];
  /** Formats an axis number for the locale. */
  formatNumber(n: number): string;
  /** A day in the pane's date style (the text alternative); ISO when absent. */
  formatDate?(iso: string): string;
  /** A day without the year, for the axis; MM-DD when absent. */
  formatShortDate?(iso: string): string;
}

const W = 320;
const H = 160;
const PAD = { left: 40, right: 8, top: 10, bottom: 24 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  forecast: { stroke: tokens.colorBrandForeground1, strokeWidth: 2, fill: "none", strokeDasharray: "4 3" },
  actual: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: 2, fill: "none" },
  dot: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatchForecast: { color: tokens.colorBrandForeground1 },
  swatchActual: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * Actual vs forecast per day as a small inline SVG (no chart library: the pane's bundle budget).
 * Forecast is a dashed line over every day; actuals a solid line through the observed days.
 */
export function ActualVsForecastChart({
  title,
  forecastLabel,
  actualLabel,
  days,
  formatNumber,
  formatDate,
  formatShortDate,
}: ActualVsForecastChartProps) {
  const styles = useStyles();
  const max = Math.max(1, ...days.map((d) => Math.max(d.forecast, d.actual ?? 0)));
  const n = days.length;
  const x = (i: number) =>
    PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  const path = (pts: [number, number][]) =>
    pts.map(([px, py], i) => `${i === 0 ? "M" : "L"}${px.toFixed(1)},${py.toFixed(1)}`).join(" ");
  const fPts = days.map((d, i): [number, number] => [x(i), y(d.forecast)]);
  const aPts = days.flatMap((d, i): [number, number][] => (d.actual === null ? [] : [[x(i), y(d.actual)]]));
  const summary = days
    .map(
      (d) =>
        `${(formatDate ?? ((x: string) => x))(d.date)}: ${formatNumber(d.forecast)} / ${d.actual === null ? "–" : formatNumber(d.actual)}`,
    )
    .join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}. ${summary}`}>
        <line
          className={styles.axis}
          x1={PAD.left}
          y1={H - PAD.bottom}
          x2={W - PAD.right}
          y2={H - PAD.bottom}
        />
        <line className={styles.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} />
        <text className={styles.label} x={PAD.left - 4} y={PAD.top + 8} textAnchor="end">
          {formatNumber(max)}
        </text>
        <text className={styles.label} x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end">
          0
        </text>
        {n > 0 && (
          <>
            <text className={styles.label} x={x(0)} y={H - 8} textAnchor="start">
              {formatShortDate ? formatShortDate(days[0].date) : days[0].date.slice(5)}
            </text>
            <text className={styles.label} x={x(n - 1)} y={H - 8} textAnchor="end">
              {formatShortDate ? formatShortDate(days[n - 1].date) : days[n - 1].date.slice(5)}
            </text>
          </>
        )}
        <path className={styles.forecast} d={path(fPts)} data-testid="chart-forecast" />
        {aPts.length > 0 && <path className={styles.actual} d={path(aPts)} data-testid="chart-actual" />}
        {aPts.map(([px, py]) => (
          <circle key={`${px}`} className={styles.dot} cx={px} cy={py} r={2.5} />
        ))}
      </svg>
      <figcaption className={styles.legend}>
        <span className={styles.swatchForecast}>- - {forecastLabel}</span>
        <span className={styles.swatchActual}>— {actualLabel}</span>
      </figcaption>
    </figure>
  );
}
