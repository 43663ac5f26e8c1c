import { ZArticleQuery, ZCreateArticle, ZUpdateArticle } from "@/lib/articles/schemas";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { ZEventsQuery } from "@/lib/events/schemas";
import { ZExportQuery } from "@/lib/exports/schemas";
import { ZW3CImport } from "@/lib/imports/parse-w3c";
import type { Endpoint } from "./types";

export const ARTICLE_ENDPOINTS: Endpoint[] = [
  {
    method: "GET",
    path: "/articles",
    tag: "articles",
    summary: "List the workspace's articles; `q` searches titles and texts (harakat and letter variants folded).",
    query: ZArticleQuery,
    success: { status: 200, description: "`{articles: [...]}`" },
  },
  {
    method: "POST",
    path: "/articles",
    tag: "articles",
    summary: "Add an article from plain text or HTML (fact-checkers and up).",
    body: ZCreateArticle,
    success: { status: 201, description: "The article with its first revision." },
  },
  {
    method: "GET",
    path: "/articles/{id}",
    tag: "articles",
    summary: "An article with its current text and revision.",
    success: { status: 200, description: "The article." },
  },
  {
    method: "PATCH",
    path: "/articles/{id}",
    tag: "articles",
    summary: "Save new text or metadata; every claim is re-anchored to the new text.",
    body: ZUpdateArticle,
    success: { status: 200, description: "The article and what re-anchoring did to each claim." },
    errors: [409],
  },
  {
    method: "GET",
    path: "/articles/{id}/export",
    tag: "articles",
    summary: "Download the published claims as ClaimReview JSON-LD, W3C annotations, CSV, Markdown, HTML or PDF.",
    query: ZExportQuery,
    success: {
      status: 200,
      description: "The file, with a download file name.",
      contentType: "application/octet-stream",
    },
  },
  {
    method: "GET",
    path: "/articles/{id}/events",
    tag: "articles",
    summary: "Server-sent events: claim changes on this article after `after` (or the Last-Event-ID header).",
    query: ZEventsQuery,
    success: { status: 200, description: "An endless `text/event-stream`.", contentType: "text/event-stream" },
  },
  {
    method: "GET",
    path: "/articles/{id}/claims",
    tag: "claims",
    summary: "The article's claims with their selectors and states.",
    success: { status: 200, description: "`{claims: [...]}`" },
  },
  {
    method: "POST",
    path: "/articles/{id}/claims",
    tag: "claims",
    summary: "Mark a claim by a span (`start`, `end` in code points) or by quoting its words.",
    body: ZCreateClaim,
    success: { status: 201, description: "The claim, snapped to whole graphemes." },
    errors: [409],
  },
  {
    method: "POST",
    path: "/articles/{id}/import",
    tag: "claims",
    summary: "Import W3C Web Annotations (an Annotation, AnnotationPage, AnnotationCollection or array) as claims.",
    body: ZW3CImport,
    bodyDescription: "W3C Web Annotation JSON-LD with TextQuoteSelector and/or TextPositionSelector targets.",
    success: {
      status: 201,
      description: "The created claims, the orphaned ones with their reason, and the unreadable items.",
    },
  },
];
