"use client";

import { useTranslations } from "next-intl";

// Reasons are stored in English by lib/anchoring/resolve.ts; shown here in the UI language.
const PATTERNS = [
  { key: "gone", pattern: /^The quoted words are no longer/ },
  { key: "moved", pattern: /^The quoted words still appear/ },
  { key: "empty", pattern: /^The claim has no quoted words/ },
  { key: "costly", pattern: /^Looking for the quoted words took longer/ },
  { key: "changedQuote", pattern: /^The closest passage matches only (\d+)% of the quote itself \((\d+)% needed\)/ },
  { key: "changed", pattern: /^The closest passage matches only (\d+)% .*\((\d+)% needed\)/ },
] as const;

export function OrphanReason({ reason }: { reason: string }) {
  const t = useTranslations("claims.orphanReasons");
  for (const { key, pattern } of PATTERNS) {
    const match = reason.match(pattern);
    if (match)
      return <span className="orphan-reason">{t(key, { score: match[1] ?? "", needed: match[2] ?? "" })}</span>;
  }
  return <span className="orphan-reason">{reason}</span>;
}
