import { ZTagList, ZTagQuery } from "@/lib/claim-sheet/schemas";
import {
  ZChangeRole,
  ZInvitedMember,
  ZInviteMember,
  ZMember,
  ZMemberList,
  ZRemovedMember,
} from "@/lib/members/schemas";
import { ZMarkedRead, ZMarkRead, ZNotificationList, ZNotificationQuery } from "@/lib/notifications/schemas";
import { ZEventsQuery } from "@/lib/events/schemas";
import { ZQueue, ZQueueQuery } from "@/lib/queue/schemas";
import { ZRatingScale, ZRatingScaleView } from "@/lib/ratings/schemas";
import { ZReportSettings, ZReportSettingsView } from "@/lib/reports/schemas";
import { defineEndpoint } from "../endpoint";

export const ME_API = {
  queue: defineEndpoint({
    method: "GET",
    path: "/me/queue",
    tag: "me",
    ability: "readArticles",
    summary: {
      en: "My work (claims I check) or my reviews, with counts per status.",
      ar: "عملي (الادعاءات التي أتحقق منها) أو مراجعاتي، مع العدد في كل حالة.",
    },
    query: ZQueueQuery,
    response: ZQueue,
  }),
  events: defineEndpoint({
    method: "GET",
    path: "/me/events",
    tag: "me",
    ability: "readArticles",
    summary: {
      en: "Server-sent events for me: `notification.created` {kind, articleId} for my notifications, `claim.changed` {claimId, articleId} for any claim of the workspace; after `after` (or Last-Event-ID).",
      ar: "أحداث مرسلة من الخادم لي: `notification.created` لتنبيهاتي، و`claim.changed` لأي ادعاء في مساحة العمل؛ بعد `after` (أو ترويسة Last-Event-ID).",
    },
    query: ZEventsQuery,
    raw: { contentType: "text/event-stream", description: "An endless `text/event-stream`." },
  }),
  notifications: defineEndpoint({
    method: "GET",
    path: "/notifications",
    tag: "me",
    ability: "readArticles",
    summary: { en: "My notifications, newest first.", ar: "تنبيهاتي، الأحدث أولًا." },
    query: ZNotificationQuery,
    response: ZNotificationList,
  }),
  markRead: defineEndpoint({
    method: "POST",
    path: "/notifications/read",
    tag: "me",
    ability: "readArticles",
    summary: {
      en: "Mark notifications read: `{ids: [...]}`, those about claims `{claimIds: [...]}`, or `{all: true}`.",
      ar: "تعليم التنبيهات مقروءة: `{ids: [...]}` أو تنبيهات ادعاءات `{claimIds: [...]}` أو `{all: true}`.",
    },
    body: ZMarkRead,
    response: ZMarkedRead,
  }),
};

export const WORKSPACE_API = {
  members: defineEndpoint({
    method: "GET",
    path: "/members",
    tag: "workspace",
    ability: "readArticles",
    summary: { en: "The workspace's members (any member).", ar: "أعضاء مساحة العمل (لأي عضو)." },
    response: ZMemberList,
  }),
  invite: defineEndpoint({
    method: "POST",
    path: "/members",
    tag: "workspace",
    ability: "manageMembers",
    summary: {
      en: "Invite a member; a new account's first password is returned once.",
      ar: "دعوة عضو؛ تُعاد كلمة المرور الأولى للحساب الجديد مرة واحدة.",
    },
    body: ZInviteMember,
    response: ZInvitedMember,
    status: 201,
  }),
  changeRole: defineEndpoint({
    method: "PATCH",
    path: "/members/{userId}",
    tag: "workspace",
    ability: "manageMembers",
    summary: {
      en: "Change a member's role (the last admin stays).",
      ar: "تغيير دور عضو (يبقى آخر مدير).",
    },
    body: ZChangeRole,
    response: ZMember,
    errors: [409],
  }),
  removeMember: defineEndpoint({
    method: "DELETE",
    path: "/members/{userId}",
    tag: "workspace",
    ability: "manageMembers",
    summary: {
      en: "Remove a member (the last admin stays); their work stays attributed, their tokens stop working.",
      ar: "إزالة عضو (يبقى آخر مدير)؛ يبقى عمله منسوبًا إليه وتتوقف رموزه.",
    },
    response: ZRemovedMember,
    errors: [409],
  }),
  ratingScale: defineEndpoint({
    method: "GET",
    path: "/rating-scale",
    tag: "workspace",
    ability: "readArticles",
    summary: {
      en: "The verdict scale, with how many claims use each rating.",
      ar: "سلّم التقييم، مع عدد الادعاءات التي تستخدم كل تقييم.",
    },
    response: ZRatingScaleView,
  }),
  replaceRatingScale: defineEndpoint({
    method: "PUT",
    path: "/rating-scale",
    tag: "workspace",
    ability: "manageRatingScale",
    summary: {
      en: "Replace the verdict scale as a whole ordered list.",
      ar: "استبدال سلّم التقييم كاملًا قائمةً مرتبة.",
    },
    body: ZRatingScale,
    response: ZRatingScaleView,
  }),
  reportSettings: defineEndpoint({
    method: "GET",
    path: "/report-settings",
    tag: "workspace",
    ability: "readArticles",
    summary: {
      en: "How public reports present the organisation.",
      ar: "كيف تعرض التقارير العامة المؤسسة.",
    },
    response: ZReportSettingsView,
  }),
  updateReportSettings: defineEndpoint({
    method: "PUT",
    path: "/report-settings",
    tag: "workspace",
    ability: "manageReportSettings",
    summary: {
      en: "Change the organisation name, URL, logo, methodology and corrections links.",
      ar: "تغيير اسم المؤسسة ورابطها وشعارها ورابطي المنهجية وسياسة التصحيح.",
    },
    body: ZReportSettings,
    response: ZReportSettingsView,
  }),
  tags: defineEndpoint({
    method: "GET",
    path: "/tags",
    tag: "workspace",
    ability: "readArticles",
    summary: {
      en: "Tag autocomplete: the workspace's tags matching `q`, most used first.",
      ar: "إكمال الوسوم: وسوم مساحة العمل المطابقة لـ`q`، الأكثر استخدامًا أولًا.",
    },
    query: ZTagQuery,
    response: ZTagList,
  }),
};
