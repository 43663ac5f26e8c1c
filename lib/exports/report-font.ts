import { readFile } from "node:fs/promises";
import path from "node:path";

// Fonts shipped with Sanad (@fontsource), so reports look the same on every machine whatever fonts
// it has. Screens read in Noto Naskh Arabic, like the app. PDFs print in Noto Sans Arabic, and prefer
// the system's copy of it (Debian fonts-noto-core, installed beside Chromium): with the web-font
// builds (Naskh or Sans alike) Chromium's PDFs make pdftotext, search engines and copy-and-paste
// split Arabic words apart, while the system build gives the words back whole (pdf.test.ts).

const FAMILIES = { naskh: "Noto Naskh Arabic", sans: "Noto Sans Arabic" } as const;
type Family = keyof typeof FAMILIES;

export const FONT_FILES = [
  "naskh-arabic-400",
  "naskh-arabic-700",
  "naskh-latin-400",
  "naskh-latin-700",
  "sans-arabic-400",
  "sans-arabic-700",
  "sans-latin-400",
  "sans-latin-700",
] as const;
export type FontFile = (typeof FONT_FILES)[number];

const RANGES: Record<string, string> = {
  arabic:
    "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC",
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
};

export function fontPath(file: FontFile) {
  const [family, subset, weight] = file.split("-") as [Family, string, string];
  const pkg = FAMILIES[family].toLowerCase().replace(/ /g, "-");
  return path.join(process.cwd(), "node_modules/@fontsource", pkg, "files", `${pkg}-${subset}-${weight}-normal.woff2`);
}

// The names the system's Noto Sans Arabic answers to in local().
const LOCAL_SANS: Record<string, string> = {
  "400": 'local("Noto Sans Arabic Regular"),local("NotoSansArabic-Regular"),',
  "700": 'local("Noto Sans Arabic Bold"),local("NotoSansArabic-Bold"),',
};

function fontFace(file: FontFile, src: string) {
  const [family, subset, weight] = file.split("-") as [Family, string, string];
  const local = family === "sans" ? LOCAL_SANS[weight] : "";
  return `@font-face{font-family:"${FAMILIES[family]}";font-style:normal;font-display:swap;font-weight:${weight};src:${local}url(${src}) format("woff2");unicode-range:${RANGES[subset]}}`;
}

const filesOf = (family: Family) => FONT_FILES.filter((file) => file.startsWith(`${family}-`));

/** The page's @font-face rules, loading Naskh from the app (`/r/fonts/<file>.woff2`). */
export const linkedFontCss = () =>
  filesOf("naskh")
    .map((file) => fontFace(file, `/r/fonts/${file}.woff2`))
    .join("\n");

const embedded = new Map<Family, Promise<string>>();

/** @font-face rules with the font inside (data URLs), for files that stand alone: Naskh for HTML, Sans for PDF. */
export function embeddedFontCss(family: Family): Promise<string> {
  if (!embedded.has(family)) {
    const rules = Promise.all(
      filesOf(family).map(async (file) =>
        fontFace(file, `data:font/woff2;base64,${(await readFile(fontPath(file))).toString("base64")}`),
      ),
    );
    const override = family === "sans" ? `\nbody{font-family:"${FAMILIES.sans}","Liberation Sans",sans-serif}` : "";
    embedded.set(
      family,
      rules.then((r) => r.join("\n") + override),
    );
  }
  return embedded.get(family)!;
}
