import { z } from "zod";

const offset = z.number({ error: "Give a whole number of characters (Unicode code points)." }).int().min(0);
const quotePart = (max: number) => z.string().max(max, { error: `Keep this under ${max} characters.` });

/** A claim is created from a code-point span, or from a quote the server finds in the text. */
export const ZCreateClaim = z.union(
  [
    z.strictObject({ start: offset, end: offset }),
    z.strictObject({
      exact: quotePart(10_000).min(1, { error: "Quote at least one character." }),
      prefix: quotePart(256).optional(),
      suffix: quotePart(256).optional(),
    }),
  ],
  { error: 'Send either {"start", "end"} in code points or {"exact", "prefix"?, "suffix"?}.' },
);

export type TCreateClaim = z.infer<typeof ZCreateClaim>;
