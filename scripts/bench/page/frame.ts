// Runs in the benchmark page. Every painter is timed the same way: from inside a frame's
// requestAnimationFrame callback until the task after the frame that shows the result has been styled,
// laid out and painted, so work deferred to rendering counts and the wait for the next vsync does not.

export type Timing = {
  /** Until the result is on screen. */
  ms: number;
  /** Inside the painter's own call, before rendering and any work it defers. */
  callMs: number;
};

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves in the first task after the current frame has been rendered. */
const afterRendering = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

/**
 * Times `draw`. A painter that draws in later frames returns a promise of when it last drew
 * (performance.now()), which then ends the timing.
 */
export async function timeUntilPainted(draw: () => void | Promise<number>): Promise<Timing> {
  await nextFrame();
  await nextFrame();
  const started = performance.now();
  const drawing = draw();
  const callMs = performance.now() - started;
  const drawnAt = await drawing;
  // Reading a layout property forces style and layout now, as a reader scrolling to the text would.
  void document.body.offsetHeight;
  const rendered = await afterRendering();
  return { ms: (drawnAt ?? rendered) - started, callMs };
}

/** Times work with no rendering in it, such as turning offsets into DOM ranges. */
export async function timeWork(work: () => void): Promise<Timing> {
  await nextFrame();
  const started = performance.now();
  work();
  const ms = performance.now() - started;
  return { ms, callMs: ms };
}

let lastScrollAt = 0;

/**
 * Notes when each scroll event starts. Installed before any painter, so its listener runs before the
 * painters' own (all on window, in the capture phase).
 */
export function watchScrolls(): void {
  addEventListener("scroll", () => (lastScrollAt = performance.now()), { capture: true, passive: true });
}

/** Scrolls the page to the middle of the article. */
export const scrollToMiddle = () => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2);

/**
 * Times a scroll from the moment the browser dispatches its scroll event (in the frame that shows
 * it, before requestAnimationFrame callbacks) until the task after that frame has been rendered, or
 * until `drawnAt` says the painter last drew. callMs is the painters' scroll listeners.
 */
export async function timeScroll(scroll: () => void, drawnAt?: () => Promise<number>): Promise<Timing> {
  await nextFrame();
  await nextFrame();
  // A bubbling listener on window runs after every capturing one, the painters' included.
  const handled = new Promise<number>((resolve) =>
    addEventListener("scroll", () => resolve(performance.now()), { once: true, passive: true }),
  );
  scroll();
  const handledAt = await handled;
  const started = lastScrollAt;
  const drawn = drawnAt ? await drawnAt() : await afterRendering();
  return { ms: drawn - started, callMs: handledAt - started };
}
