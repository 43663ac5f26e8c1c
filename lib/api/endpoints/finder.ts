import {
  ZCheckList,
  ZDismissal,
  ZDismissSuggestion,
  ZFinderSettings,
  ZFinderSettingsView,
  ZSuggestionList,
  ZUndoneDismissal,
} from "@/lib/finder/data/schemas";
import { defineEndpoint } from "../endpoint";

export const FINDER_API = {
  suggestions: defineEndpoint({
    method: "GET",
    path: "/articles/{id}/suggestions",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "Check-worthy spans of the current text, each with a score and its reasons (code points); dismissed ones left out.",
      ar: "مقاطع النص الحالي الجديرة بالتحقق، لكلٍّ درجتها وأسبابها (بنقاط الترميز)؛ دون المرفوض منها.",
    },
    response: ZSuggestionList,
  }),
  dismiss: defineEndpoint({
    method: "POST",
    path: "/articles/{id}/suggestions/dismissals",
    tag: "articles",
    ability: "createClaims",
    summary: {
      en: "Dismiss the suggestion at `{start, end}` on this article; it stays hidden while its words are in the text.",
      ar: "رفض الاقتراح الواقع في `{start, end}` في هذا المقال؛ يبقى مخفيًا ما دامت كلماته في النص.",
    },
    body: ZDismissSuggestion,
    response: ZDismissal,
    status: 201,
  }),
  undoDismissal: defineEndpoint({
    method: "DELETE",
    path: "/articles/{id}/suggestions/dismissals/{dismissalId}",
    tag: "articles",
    ability: "createClaims",
    summary: { en: "Undo a dismissal: the suggestion comes back.", ar: "التراجع عن الرفض: يعود الاقتراح." },
    response: ZUndoneDismissal,
  }),
  checks: defineEndpoint({
    method: "GET",
    path: "/articles/{id}/checks",
    tag: "articles",
    ability: "readArticles",
    summary: {
      en: "Dates and figures of the current text that contradict themselves, explained in the caller's language.",
      ar: "تواريخ النص الحالي وأرقامه التي يناقض بعضها بعضًا، مشروحة بلغة المستخدم.",
    },
    response: ZCheckList,
  }),
  settings: defineEndpoint({
    method: "GET",
    path: "/finder-settings",
    tag: "workspace",
    ability: "readArticles",
    summary: { en: "Whether the reader shows suggestions.", ar: "هل يعرض القارئ الاقتراحات." },
    response: ZFinderSettingsView,
  }),
  updateSettings: defineEndpoint({
    method: "PUT",
    path: "/finder-settings",
    tag: "workspace",
    ability: "manageFinder",
    summary: {
      en: "Turn the reader's suggestions on or off for the workspace (admins).",
      ar: "تشغيل اقتراحات القارئ أو إيقافها لمساحة العمل (للمشرفين).",
    },
    body: ZFinderSettings,
    response: ZFinderSettingsView,
  }),
};
