import { z } from "zod";
import { ZCount, ZDay, ZTimestamp } from "@/lib/api/wire";
import { ClaimStatus, Direction } from "@/lib/db/generated/enums";
import { errorText } from "@/lib/i18n/error-text";
import { httpUrl, optional, pastDate, requiredLine, plainLine } from "@/lib/validation/fields";

export const MAX_ARTICLE_CODE_POINTS = 200_000;

export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: errorText("language") });

export const ZCreateArticle = z.object({
  title: requiredLine(300),
  body: z
    .string({ error: errorText("bodyRequired") })
    .refine((value) => value.trim().length > 0, { error: errorText("bodyRequired") })
    .refine((value) => [...value].length <= MAX_ARTICLE_CODE_POINTS, {
      error: errorText("bodyTooLong", { max: MAX_ARTICLE_CODE_POINTS }),
    }),
  format: z.enum(["text", "html"], { error: errorText("format") }).default("text"),
  language: optional(ZLanguage),
  sourceUrl: optional(httpUrl()),
  publisher: optional(plainLine(200)),
  publishedAt: optional(pastDate()),
});

export type TCreateArticle = z.infer<typeof ZCreateArticle>;

export const ZUpdateArticle = z
  .strictObject({
    title: requiredLine(300).optional(),
    text: z
      .string()
      .refine((value) => value.trim().length > 0, { error: errorText("emptyText") })
      .refine((value) => [...value].length <= MAX_ARTICLE_CODE_POINTS, {
        error: errorText("bodyTooLong", { max: MAX_ARTICLE_CODE_POINTS }),
      })
      .optional(),
    // Block indexes (paragraphs split on a blank line) that are sub-headings; guessed when omitted.
    headings: z.array(z.number().int().min(0)).max(10_000).optional(),
    // The revision the edit was made on: a stale one is refused rather than overwriting a teammate.
    revision: z.number().int().min(1).optional(),
  })
  .refine((value) => value.title !== undefined || value.text !== undefined, { error: errorText("titleOrText") });

export type TUpdateArticle = z.infer<typeof ZUpdateArticle>;

/** `?q=` searches titles and texts, folding harakat and letter variants. */
export const ZArticleQuery = z.object({ q: z.string().max(200).optional() });

// Responses

export const ZArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  language: z.string(),
  direction: z.enum(Direction),
  revision: z.number().int().min(1),
  createdById: z.string(),
  sourceUrl: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: ZDay.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

/** The article with the canonical text every offset counts in (code points) and its sub-heading blocks. */
export const ZArticle = ZArticleSummary.extend({ text: z.string(), headings: z.array(z.number().int().min(0)) });

export const ZClaimCounts = z.object({
  total: ZCount,
  orphaned: ZCount,
  byStatus: z.partialRecord(z.enum(ClaimStatus), ZCount),
});

export const ZArticleList = z.object({ articles: z.array(ZArticleSummary.extend({ claims: ZClaimCounts })) });

/** A saved edit: the article, and how many claims followed their words or lost them. */
export const ZArticleUpdated = z.object({ article: ZArticle, reanchored: ZCount, orphaned: ZCount });
