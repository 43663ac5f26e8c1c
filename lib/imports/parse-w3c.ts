import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { requiredLine } from "@/lib/validation/fields";

// Reads W3C Web Annotations as Sanad, Hypothesis and Recogito write them: one Annotation, an
// AnnotationPage, an AnnotationCollection (its first page) or a plain array. Only text selectors
// are used; a target may be one object or a list, and so may its selectors and bodies.

export const MAX_IMPORTED_ANNOTATIONS = 1_000;

export type TImportedAnnotation = {
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
  statement: string | null;
  assessment: string | null;
  comment: string | null;
};

/** One annotation that could not be read, and why. */
export type TSkipped = { index: number; reason: string };

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const ZQuote = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(10_000),
  prefix: z.string().max(256).default(""),
  suffix: z.string().max(256).default(""),
});
const ZPosition = z
  .object({ type: z.literal("TextPositionSelector"), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((p) => p.end > p.start);
const ZLine = requiredLine(500);

function annotationsOf(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (!isObject(input)) return [];
  if (input.type === "AnnotationCollection") return isObject(input.first) ? list(input.first.items) : [];
  if (input.type === "AnnotationPage") return list(input.items);
  return [input];
}

/** The first body with this purpose whose text passes the plain-line rules; others are ignored. */
function bodyText(bodies: unknown[], purpose: string): string | null {
  for (const body of bodies) {
    if (!isObject(body) || body.purpose !== purpose || typeof body.value !== "string") continue;
    const parsed = ZLine.safeParse(body.value);
    if (parsed.success) return parsed.data;
  }
  return null;
}

function readAnnotation(value: unknown): TImportedAnnotation | string {
  if (!isObject(value)) return errorText("importNotAnnotation");
  const selectors = list(value.target).flatMap((target) => (isObject(target) ? list(target.selector) : []));
  const quote = selectors.map((s) => ZQuote.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) return errorText("importNoQuote");
  const position = selectors.map((s) => ZPosition.safeParse(s)).find((r) => r.success)?.data;
  const bodies = list(value.body);
  return {
    quote: {
      exact: quote.exact.normalize("NFC"),
      prefix: quote.prefix.normalize("NFC"),
      suffix: quote.suffix.normalize("NFC"),
    },
    position: position ? { start: position.start, end: position.end } : null,
    statement: bodyText(bodies, "describing"),
    assessment: bodyText(bodies, "assessing"),
    comment: bodyText(bodies, "commenting"),
  };
}

/** The readable annotations and the skipped ones (by their index in the input); too many is a 422. */
export const ZW3CImport = z.unknown().transform((input, ctx) => {
  const items = annotationsOf(input);
  if (items.length === 0 || items.length > MAX_IMPORTED_ANNOTATIONS) {
    ctx.addIssue({ code: "custom", message: errorText("importCount", { max: MAX_IMPORTED_ANNOTATIONS }) });
    return z.NEVER;
  }
  const annotations: (TImportedAnnotation & { index: number })[] = [];
  const skipped: TSkipped[] = [];
  items.forEach((item, index) => {
    const read = readAnnotation(item);
    if (typeof read === "string") skipped.push({ index, reason: read });
    else annotations.push({ ...read, index });
  });
  return { annotations, skipped };
});

export type TW3CImport = z.infer<typeof ZW3CImport>;
