import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, the level the console promises (issue 12). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now and throws when it finds a serious or critical WCAG 2.2
 * AA violation, naming the page, each rule, its help text and the elements that break it. Minor
 * and moderate findings do not fail a test; they come back for a test that wants to look.
 * `within` narrows the check to part of the page (a selector), for a test that has already checked
 * the rest: axe-core's time grows with the page.
 */
export async function expectAccessible(page: Page, name = page.url(), within?: string) {
  // Legacy mode runs axe in the page itself; the default opens a blank page per check to merge the
  // frames' results, which costs time, and the console has no frames.
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode();
  const results = await (within ? builder.include(within) : builder).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length) {
    const report = blocking
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
            .join('\n'),
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${name} (${page.url()}):\n${report}`);
  }
  return results.violations;
}

/** How wide the page is against its viewport: it scrolls sideways when scrollWidth is larger. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; width: number }> {
  // A string runs in the page: this library compiles without the DOM's types.
  return page.evaluate<{ scrollWidth: number; width: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth })',
  );
}
