import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(join(import.meta.dirname, '../../..', path), 'utf8');
const widgetCss = read('src/features/open-data/widget/widget.css');
const builtCss = read('public/css/widget.css');
const portalCss = read('public/css/portal.css');
const embedSource = read('src/layout/styles/portal.css');

// The widget loads inside a partner's iframe, often on a phone: its stylesheet is its own and small.
const WIDGET_CSS_BUDGET = 4 * 1024;

describe('the widget stylesheet', () => {
  it(`is its own, within ${WIDGET_CSS_BUDGET} bytes, and public/ holds the built copy`, () => {
    expect(new TextEncoder().encode(widgetCss).length).toBeLessThanOrEqual(WIDGET_CSS_BUDGET);
    expect(builtCss).toBe(widgetCss);
    // Not the portal's: none of the NL Design System component library comes along.
    expect(widgetCss).not.toMatch(/utrecht-/);
    expect(portalCss.length).toBeGreaterThan(50 * widgetCss.length);
  });

  it('styles both looks and stays in one column below 36rem (a 300 px iframe)', () => {
    for (const selector of [
      '.vw-widget--portal .vw-widget__item',
      '.vw-widget--plain .vw-widget__item',
      '.vw-widget__title',
      '.vw-widget__where',
      '.vw-widget__demo',
      'a:focus-visible',
    ]) {
      expect(widgetCss, selector).toContain(`${selector} {`);
    }
    // The only multi-column rule is behind a min-width query; long words wrap instead of widening the frame.
    const columns = widgetCss.indexOf('grid-template-columns: repeat');
    expect(widgetCss.lastIndexOf('@media (min-width: 36rem)', columns)).toBeGreaterThan(-1);
    expect(widgetCss).toContain('overflow-wrap: anywhere');
    expect(widgetCss).not.toMatch(/(?<![-\w])width:\s*\d{3,}px/);
  });

  it('the embed block ("Op uw eigen website") is styled in the portal CSS', () => {
    for (const selector of ['.vw-embed {', '.vw-embed > summary {', '.vw-embed .utrecht-textarea {', '.vw-embed__preview {']) {
      expect(embedSource, selector).toContain(selector);
      expect(portalCss, selector).toContain(selector);
    }
  });
});
