import { z } from "zod";
import { httpUrl, optional, pastDate, requiredLine, plainLine } from "@/lib/validation/fields";

export const MAX_ARTICLE_CODE_POINTS = 200_000;

export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "Use a language code such as ar, en or fr." });

export const ZCreateArticle = z.object({
  title: requiredLine(300),
  body: z
    .string({ error: "Paste the article's text." })
    .refine((value) => value.trim().length > 0, { error: "Paste the article's text." })
    .refine((value) => [...value].length <= MAX_ARTICLE_CODE_POINTS, {
      error: `The text is longer than ${MAX_ARTICLE_CODE_POINTS.toLocaleString("en")} characters: split it into several articles.`,
    }),
  format: z.enum(["text", "html"], { error: "Choose plain text or HTML." }).default("text"),
  language: optional(ZLanguage),
  sourceUrl: optional(httpUrl()),
  publisher: optional(plainLine(200)),
  publishedAt: optional(pastDate()),
});

export type TCreateArticle = z.infer<typeof ZCreateArticle>;
