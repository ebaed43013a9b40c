import { useI18n } from '@/lib/i18n';

const BAR_WIDTH = 22;
const GAP = 6;
const HEIGHT = 140;
const AXIS = 22;

/**
 * Arrivals per hour as plain SVG (no chart library: a bar per hour is all this needs, and the
 * report's route stays light). Each bar has its count above it; screen readers get the same
 * figures as a list through the bars' titles and the figure's label.
 */
export function ArrivalsChart({ hours }: { hours: { hour: string; arrivals: number }[] }) {
  const { t } = useI18n();
  const most = Math.max(1, ...hours.map((h) => h.arrivals));
  const width = hours.length * (BAR_WIDTH + GAP);
  const summary = hours
    .filter((h) => h.arrivals > 0)
    .map((h) => t('report.chart.bar', { hour: h.hour, count: h.arrivals }))
    .join('; ');
  return (
    <figure className="arrivals-chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + AXIS}`}
        role="img"
        aria-label={`${t('report.chart.title')}: ${summary || t('report.empty')}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {hours.map((h, i) => {
          const barHeight = Math.round((h.arrivals / most) * (HEIGHT - 18));
          const x = i * (BAR_WIDTH + GAP);
          return (
            <g key={h.hour}>
              <title>{t('report.chart.bar', { hour: h.hour, count: h.arrivals })}</title>
              <rect
                className="arrivals-chart__bar"
                x={x}
                y={HEIGHT - barHeight}
                width={BAR_WIDTH}
                height={barHeight}
                rx={3}
              />
              {h.arrivals > 0 && (
                <text className="arrivals-chart__count" x={x + BAR_WIDTH / 2} y={HEIGHT - barHeight - 4}>
                  {h.arrivals}
                </text>
              )}
              <text className="arrivals-chart__hour" x={x + BAR_WIDTH / 2} y={HEIGHT + 16}>
                {h.hour}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
