// The longest main-thread task of a page, as the `longtask` observer sees
// it: watched from before the page's first script, read and reset at will.

/** Watches `page` from its next load on: `window.__longest` holds the longest task so far. */
export function watchLongTasks(page) {
  return page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task since the page loaded or since the last `resetLongest`. */
export const longestTask = (page) => page.evaluate(() => window.__longest);

export const resetLongest = (page) => page.evaluate(() => { window.__longest = 0; });
