import type { Child } from 'hono/jsx';
import { MAP_BUURTEN, MAP_GEMEENTE, MAP_HEIGHT, MAP_WIDTH } from './geo/map.generated';

export type MapCell = { fill: string; label: string; mark?: string; markColour?: string };

/** Where a buurt's page is. */
export const buurtHref = (code: string) => `/monitor/buurten/${code}`;

/**
 * Maastricht's 44 buurten as a server-rendered SVG. Every buurt is a link to its page whose accessible name is the
 * buurt's name with its value; the programme neighbourhoods get a thick outline. The SVG is a group rather than
 * `role="img"`, because an image's children are presentational and would hide the links from assistive technology.
 */
export function BuurtMap(props: {
  id: string;
  title: string;
  desc: string;
  cells: Record<string, MapCell>;
  noData: MapCell;
  programme: readonly string[];
}) {
  const outlined = MAP_BUURTEN.filter((b) => props.programme.includes(b.code));
  return (
    <svg
      class="vw-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-labelledby={`${props.id}-titel`}
      aria-describedby={`${props.id}-uitleg`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${props.id}-titel`}>{props.title}</title>
      <desc id={`${props.id}-uitleg`}>{props.desc}</desc>
      <defs>
        <pattern id={`${props.id}-geen`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="2" />
        </pattern>
      </defs>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG shapes are not focusable; the buurt link around them carries the name */}
      <path d={MAP_GEMEENTE.d} fill="none" stroke="#4d4d4d" stroke-width="1.5" aria-hidden="true" />
      {MAP_BUURTEN.map((b) => {
        const cell = props.cells[b.code] ?? props.noData;
        const fill = cell.fill === 'none' ? `url(#${props.id}-geen)` : cell.fill;
        return (
          <a href={buurtHref(b.code)} aria-label={cell.label} class="vw-map__buurt">
            <title>{cell.label}</title>
            <path d={b.d} fill={fill} stroke="#ffffff" stroke-width="1" />
            {cell.mark && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the link is labelled
              <text
                x={b.label[0]}
                y={b.label[1]}
                class="vw-map__mark"
                fill={cell.markColour ?? '#1a1a1a'}
                text-anchor="middle"
                dominant-baseline="central"
                aria-hidden="true"
              >
                {cell.mark}
              </text>
            )}
          </a>
        );
      })}
      {outlined.map((b) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG outline is not focusable
        <path d={b.d} fill="none" stroke="#000000" stroke-width="3" stroke-linejoin="round" aria-hidden="true" class="vw-map__programme" />
      ))}
    </svg>
  );
}

/** A chart or map with its caption, and under it the source, the wave and (for maps) the CC BY attribution. */
export function Figure(props: { caption: string; children: Child; source?: string; wave?: string; attribution?: string; class?: string }) {
  return (
    <figure class={props.class ? `vw-figure ${props.class}` : 'vw-figure'}>
      <figcaption class="vw-figure__caption">{props.caption}</figcaption>
      {props.children}
      <SourceLine source={props.source} wave={props.wave} attribution={props.attribution} />
    </figure>
  );
}

export function SourceLine(props: { source?: string; wave?: string; attribution?: string }) {
  if (!props.source && !props.wave && !props.attribution) return null;
  return <p class="vw-source">{[props.source, props.wave, props.attribution].filter(Boolean).join(' · ')}</p>;
}
