import type { TSheetForm } from "@/lib/claim-sheet/form";

// A claim sheet draft that has not reached the server yet, kept in this browser until it does.
export type TStoredDraft = { base: TSheetForm; draft: TSheetForm; version: number; at: string };

const keyOf = (claimId: string) => `sanad.claim-draft.${claimId}`;

export function storeDraft(claimId: string, draft: TStoredDraft) {
  try {
    localStorage.setItem(keyOf(claimId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the autosave state still shows the draft is not saved.
  }
}

export function readDraft(claimId: string): TStoredDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(claimId));
    const parsed = raw ? (JSON.parse(raw) as TStoredDraft) : null;
    return parsed?.base && parsed.draft ? parsed : null;
  } catch {
    return null;
  }
}

export function forgetDraft(claimId: string) {
  try {
    localStorage.removeItem(keyOf(claimId));
  } catch {
    // Nothing to forget.
  }
}
