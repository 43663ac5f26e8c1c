import type { Browser, Cookie } from "@playwright/test";

export type LoadTiming = {
  /** From navigation start to the first frame showing the article's first paragraph, in any font. */
  text: number;
  /** …and with the reading font (Noto Naskh Arabic) loaded, i.e. laid out as the reader shows it. */
  font: number;
  /** How far the first paragraph moved between that frame and the page at rest (hydrated, tools attached). */
  shift: number;
};

type ProbeState = { text?: number; font?: number; top?: number; left?: number };

/**
 * Runs in the page before any of its own scripts: on every animation frame (a frame's callbacks run just
 * before it is painted) it looks for a paragraph starting with the needle that has a box, and notes when.
 * A plain string: tsx's name-keeping helpers must not reach the page.
 */
const PROBE = `(needle) => {
  const state = (window.__firstText = {});
  const find = () => Array.from(document.querySelectorAll("p")).find((p) => p.textContent.startsWith(needle));
  // The Arabic subset of the regular face, loaded (document.fonts.check says true before any @font-face).
  const naskhLoaded = () =>
    Array.from(document.fonts).some(
      (f) => f.family.replace(/["']/g, "") === "Noto Naskh Arabic" && ["400", "normal"].includes(f.weight) &&
        f.unicodeRange.includes("U+600-6FF") && f.status === "loaded",
    );
  const tick = (now) => {
    const paragraph = find();
    const rect = paragraph && paragraph.getBoundingClientRect();
    if (rect && rect.height > 0) {
      if (state.text === undefined) Object.assign(state, { text: now, top: rect.top, left: rect.left });
      if (naskhLoaded()) state.font = now;
    }
    if (state.font === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

/** One cold load (a fresh context: empty HTTP and code caches) of `url`, timed from navigation start. */
export async function measureLoad(browser: Browser, url: string, needle: string, cookies: Cookie[] = []) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "ar" });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.addInitScript({ content: `(${PROBE})(${JSON.stringify(needle)})` });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { __firstText: ProbeState }).__firstText.font, null, {
      timeout: 30_000,
    });
    await page.waitForLoadState("networkidle");
    return await page.evaluate((needle): LoadTiming => {
      const state = (window as unknown as { __firstText: ProbeState }).__firstText;
      const paragraph = Array.from(document.querySelectorAll("p")).find((p) => p.textContent?.startsWith(needle))!;
      const rect = paragraph.getBoundingClientRect();
      const shift = Math.hypot(rect.top - state.top!, rect.left - state.left!);
      return { text: state.text!, font: state.font!, shift };
    }, needle);
  } finally {
    await context.close();
  }
}
