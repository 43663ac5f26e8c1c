// Placeholder written by the lead while the anchoring helper works; it will be replaced by the full module.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
const RTL_STRONG = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

export function stripBidiControls(text: string): { text: string; found: string[] } {
  const found = [...new Set(text.match(BIDI_CONTROLS) ?? [])];
  return { text: text.replace(BIDI_CONTROLS, ""), found };
}

export function detectDirection(text: string): "rtl" | "ltr" {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text) {
    if (RTL_STRONG.test(ch)) rtl++;
    else if (LTR_STRONG.test(ch)) ltr++;
  }
  return rtl > ltr ? "rtl" : "ltr";
}
