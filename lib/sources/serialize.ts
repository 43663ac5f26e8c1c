import type { z } from "zod";
import type { Source } from "@/lib/db/generated/client";
import type { ZSource } from "./schemas";

export type TSource = z.infer<typeof ZSource>;

export const dateOnly = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

export function toSourceJson(source: Source): TSource {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    publishedAt: dateOnly(source.publishedAt),
    accessedAt: source.accessedAt.toISOString(),
    archiveUrl: source.archiveUrl,
    excerpt: source.excerpt,
    type: source.type,
    stance: source.stance,
    createdById: source.createdById,
  };
}
