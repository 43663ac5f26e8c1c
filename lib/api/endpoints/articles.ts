import {
  ZArticle,
  ZArticleList,
  ZArticleQuery,
  ZCreateArticle,
  ZUpdateArticle,
  ZArticleUpdated,
} from "@/lib/articles/schemas";
import { ZClaim, ZClaimList, ZCreateClaim } from "@/lib/claims/schemas";
import { ZEventsQuery } from "@/lib/events/schemas";
import { ZExportQuery } from "@/lib/exports/schemas";
import { ZImportResult } from "@/lib/imports/schemas";
import { ZW3CImport } from "@/lib/imports/parse-w3c";
import { defineEndpoint } from "../endpoint";

export const ARTICLE_API = {
  list: defineEndpoint({
    method: "GET",
    path: "/articles",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "List the workspace's articles with claim counts; `q` searches titles and texts (harakat and letter variants folded).",
      ar: "مقالات مساحة العمل مع عدد الادعاءات؛ `q` يبحث في العناوين والنصوص متجاهلًا الحركات وصور الحروف.",
    },
    query: ZArticleQuery,
    response: ZArticleList,
  }),
  create: defineEndpoint({
    method: "POST",
    path: "/articles",
    tag: "articles",
    ability: "createArticles",
    summary: {
      en: "Add an article from plain text or HTML.",
      ar: "إضافة مقال من نص عادي أو HTML.",
    },
    body: ZCreateArticle,
    response: ZArticle,
    status: 201,
  }),
  get: defineEndpoint({
    method: "GET",
    path: "/articles/{id}",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "An article with its current text (offsets count Unicode code points) and revision.",
      ar: "مقال بنصه الحالي (المواضع تُعدّ بنقاط يونيكود) ورقم مراجعته.",
    },
    response: ZArticle,
  }),
  update: defineEndpoint({
    method: "PATCH",
    path: "/articles/{id}",
    tag: "articles",
    ability: "createArticles",
    summary: {
      en: "Save new text or title (editors, admins, the article's author); every claim is re-anchored to the new text.",
      ar: "حفظ نص أو عنوان جديد (المحررون والمديرون وكاتب المقال)؛ يُعاد ربط كل ادعاء بالنص الجديد.",
    },
    body: ZUpdateArticle,
    response: ZArticleUpdated,
    errors: [409],
  }),
  export: defineEndpoint({
    method: "GET",
    path: "/articles/{id}/export",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "Download the published claims as ClaimReview JSON-LD, W3C annotations, CSV, Markdown, HTML or PDF.",
      ar: "تنزيل الادعاءات المنشورة بصيغة ClaimReview أو تعليقات W3C أو CSV أو Markdown أو HTML أو PDF.",
    },
    query: ZExportQuery,
    raw: { contentType: "application/octet-stream", description: "The file, with a download file name." },
  }),
  events: defineEndpoint({
    method: "GET",
    path: "/articles/{id}/events",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "Server-sent events: changes on this article after `after` (or the Last-Event-ID header).",
      ar: "أحداث مرسلة من الخادم: التغييرات على هذا المقال بعد `after` (أو ترويسة Last-Event-ID).",
    },
    query: ZEventsQuery,
    raw: { contentType: "text/event-stream", description: "An endless `text/event-stream`." },
  }),
  claims: defineEndpoint({
    method: "GET",
    path: "/articles/{id}/claims",
    tag: "claims",
    ability: "readArticles",
    summary: {
      en: "The article's claims in reading order, with their selectors and states.",
      ar: "ادعاءات المقال بترتيب القراءة، مع محدداتها وحالاتها.",
    },
    response: ZClaimList,
  }),
  createClaim: defineEndpoint({
    method: "POST",
    path: "/articles/{id}/claims",
    tag: "claims",
    ability: "createClaims",
    summary: {
      en: "Mark a claim by a span (`start`, `end` in code points) or by quoting its words.",
      ar: "تحديد ادعاء بمدى (`start` و`end` بنقاط الترميز) أو باقتباس كلماته.",
    },
    body: ZCreateClaim,
    response: ZClaim,
    status: 201,
    errors: [409],
  }),
  import: defineEndpoint({
    method: "POST",
    path: "/articles/{id}/import",
    tag: "claims",
    ability: "createClaims",
    summary: {
      en: "Import W3C Web Annotations (an Annotation, AnnotationPage, AnnotationCollection or array) as draft claims.",
      ar: "استيراد تعليقات W3C (تعليق أو صفحة أو مجموعة أو مصفوفة) ادعاءاتٍ مسودة.",
    },
    body: ZW3CImport,
    bodyDescription: "W3C Web Annotation JSON-LD with TextQuoteSelector and/or TextPositionSelector targets.",
    response: ZImportResult,
    status: 201,
  }),
};
