import { ZClaimHistory } from "@/lib/audit/schemas";
import { ZClaimSheet } from "@/lib/claim-sheet/schemas";
import { ZComment, ZCommentThreads, ZCreateComment, ZUpdateComment } from "@/lib/comments/schemas";
import { ZPublications, ZTransition, ZTransitionOptions } from "@/lib/workflow/schemas";
import { defineEndpoint } from "../endpoint";

export const REVIEW_API = {
  comments: defineEndpoint({
    method: "GET",
    path: "/claims/{id}/comments",
    tag: "review",
    ability: "readArticles",
    summary: { en: "The claim's comment threads, oldest first.", ar: "سلاسل التعليقات على الادعاء، الأقدم أولًا." },
    response: ZCommentThreads,
  }),
  comment: defineEndpoint({
    method: "POST",
    path: "/claims/{id}/comments",
    tag: "review",
    ability: "writeComments",
    summary: {
      en: "Comment or reply; `@handle` and `mentions` notify members.",
      ar: "تعليق أو رد؛ `@handle` و`mentions` تنبّه الأعضاء.",
    },
    body: ZCreateComment,
    response: ZComment,
    status: 201,
  }),
  updateComment: defineEndpoint({
    method: "PATCH",
    path: "/claims/{id}/comments/{commentId}",
    tag: "review",
    ability: "writeComments",
    summary: {
      en: "Edit your comment, or resolve / reopen a thread.",
      ar: "تعديل تعليقك، أو إغلاق سلسلة أو إعادة فتحها.",
    },
    body: ZUpdateComment,
    response: ZComment,
  }),
  transitions: defineEndpoint({
    method: "GET",
    path: "/claims/{id}/transitions",
    tag: "review",
    ability: "readArticles",
    summary: {
      en: "The workflow steps the caller may take now, and why the others are refused.",
      ar: "خطوات سير العمل المتاحة للمستخدم الآن، وسبب رفض غيرها.",
    },
    response: ZTransitionOptions,
  }),
  transition: defineEndpoint({
    method: "POST",
    path: "/claims/{id}/transitions",
    tag: "review",
    ability: "submitClaims",
    summary: {
      en: "Submit, request changes, approve, publish, reopen, or retract a published claim (editors and admins who did not check it, with a public note).",
      ar: "إرسال للمراجعة أو طلب تعديلات أو اعتماد أو نشر أو إعادة فتح، أو سحب ادعاء منشور (للمحررين والمديرين الذين لم يدققوه، بملاحظة علنية).",
    },
    body: ZTransition,
    response: ZClaimSheet,
    current: ZClaimSheet,
    errors: [409],
  }),
  history: defineEndpoint({
    method: "GET",
    path: "/claims/{id}/history",
    tag: "review",
    ability: "readArticles",
    summary: {
      en: "The append-only audit trail, oldest first, with per-field before and after.",
      ar: "سجل التدقيق غير القابل للتعديل، الأقدم أولًا، بقيم كل حقل قبل التغيير وبعده.",
    },
    response: ZClaimHistory,
  }),
  publications: defineEndpoint({
    method: "GET",
    path: "/claims/{id}/publications",
    tag: "review",
    ability: "readArticles",
    summary: {
      en: "Every published version, newest first, frozen, with correction notes.",
      ar: "كل نسخة منشورة، الأحدث أولًا، كما نُشرت، مع ملاحظات التصحيح.",
    },
    response: ZPublications,
  }),
};
