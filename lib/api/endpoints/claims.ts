import { ZClaimSheet, ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { ZClaim, ZCreateClaim, ZDeletedClaim } from "@/lib/claims/schemas";
import { ZCreateSource, ZRemoveSource, ZReorderSources, ZUpdateSource } from "@/lib/sources/schemas";
import { ZAssignClaims, ZAssignedClaims } from "@/lib/queue/schemas";
import { defineEndpoint } from "../endpoint";

// Sheet writes carry the version they were made on: a stale one is a 409 with the current sheet.
const SHEET_WRITE = {
  tag: "claims",
  ability: "editClaimSheets",
  response: ZClaimSheet,
  current: ZClaimSheet,
  errors: [409],
} as const;

export const CLAIM_API = {
  get: defineEndpoint({
    method: "GET",
    path: "/claims/{id}",
    tag: "claims",
    ability: "readArticles",
    summary: {
      en: "The claim sheet: statement, claimant, appearances, tags, people, verdict, sources, workflow.",
      ar: "بطاقة الادعاء: الصياغة وقائل الادعاء ومواضع الظهور والوسوم والأشخاص والحكم والمصادر وسير العمل.",
    },
    response: ZClaimSheet,
  }),
  update: defineEndpoint({
    ...SHEET_WRITE,
    method: "PATCH",
    path: "/claims/{id}",
    summary: {
      en: "Edit sheet fields (send `version` and only the fields to change).",
      ar: "تعديل حقول البطاقة (أرسل `version` والحقول المراد تغييرها فقط).",
    },
    body: ZUpdateClaimSheet,
  }),
  delete: defineEndpoint({
    method: "DELETE",
    path: "/claims/{id}",
    tag: "claims",
    ability: "createClaims",
    summary: {
      en: "Delete a claim never published (its author while a draft or sent back; editors and admins); kept for the audit trail. 409 once published: retract it instead.",
      ar: "حذف ادعاء لم يُنشر قط (كاتبه وهو مسودة أو معاد للتعديل، والمحررون والمديرون)؛ يبقى لسجل التدقيق. 409 بعد النشر: اسحبه بدلًا من ذلك.",
    },
    response: ZDeletedClaim,
    errors: [409],
  }),
  assign: defineEndpoint({
    method: "POST",
    path: "/claims/assign",
    tag: "claims",
    ability: "assignClaims",
    summary: {
      en: "Editors and admins: give many claims one checker (`assigneeId`, null for nobody); each new checker is told.",
      ar: "للمحررين والمديرين: إسناد عدة ادعاءات إلى مدقق واحد (`assigneeId`، أو null لا أحد)؛ ويُبلَّغ المدقق الجديد.",
    },
    body: ZAssignClaims,
    response: ZAssignedClaims,
  }),
  anchor: defineEndpoint({
    method: "PUT",
    path: "/claims/{id}/anchor",
    tag: "claims",
    ability: "createClaims",
    summary: {
      en: "Re-attach an orphaned claim (or move one) to a new span or quote.",
      ar: "إعادة ربط ادعاء منفصل (أو نقله) بمدى أو اقتباس جديد.",
    },
    body: ZCreateClaim,
    response: ZClaim,
  }),
  setVerdict: defineEndpoint({
    ...SHEET_WRITE,
    method: "PUT",
    path: "/claims/{id}/verdict",
    summary: {
      en: "Set the rating, conclusion and rationale (Tiptap JSON); what is left out is cleared.",
      ar: "تعيين التقييم والخلاصة والتعليل (Tiptap JSON)؛ ما لا يُرسل يُمحى.",
    },
    body: ZSetVerdict,
  }),
  addSource: defineEndpoint({
    ...SHEET_WRITE,
    method: "POST",
    path: "/claims/{id}/sources",
    summary: {
      en: "Add a source (the new one is the last of `sources`); a URL already listed is refused.",
      ar: "إضافة مصدر (يأتي آخر `sources`)؛ يُرفض رابط مدرج من قبل.",
    },
    body: ZCreateSource,
    status: 201,
  }),
  reorderSources: defineEndpoint({
    ...SHEET_WRITE,
    method: "PUT",
    path: "/claims/{id}/sources/order",
    summary: {
      en: "Reorder the sources (every id exactly once).",
      ar: "إعادة ترتيب المصادر (كل معرّف مرة واحدة).",
    },
    body: ZReorderSources,
  }),
  updateSource: defineEndpoint({
    ...SHEET_WRITE,
    method: "PATCH",
    path: "/claims/{id}/sources/{sourceId}",
    summary: { en: "Edit a source.", ar: "تعديل مصدر." },
    body: ZUpdateSource,
  }),
  removeSource: defineEndpoint({
    ...SHEET_WRITE,
    method: "DELETE",
    path: "/claims/{id}/sources/{sourceId}",
    summary: {
      en: "Remove a source (the body carries the sheet's version: `{version}`).",
      ar: "إزالة مصدر (يحمل الطلب رقم نسخة البطاقة: `{version}`).",
    },
    body: ZRemoveSource,
  }),
};
