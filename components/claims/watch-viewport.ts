/**
 * Calls `onChange` whenever what is on screen may have moved over the article: any scroll (captured,
 * so a scrolling ancestor counts too), a window resize, the article changing size (fonts loading, a
 * narrower column), or the page changing height (a notice above the article pushing it down). Scroll
 * events run before the frame is drawn, so work done in `onChange` shows in the same frame as the
 * scroll. Returns the function that stops watching.
 */
export function watchViewport(root: Element, onChange: () => void): () => void {
  const options = { capture: true, passive: true };
  window.addEventListener("scroll", onChange, options);
  window.addEventListener("resize", onChange, options);
  const resize = new ResizeObserver(onChange);
  resize.observe(root);
  resize.observe(document.body);
  return () => {
    window.removeEventListener("scroll", onChange, options);
    window.removeEventListener("resize", onChange, options);
    resize.disconnect();
  };
}
