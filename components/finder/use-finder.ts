"use client";

import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import type { TDismissal, TFinding, TSuggestion, TSuggestionList } from "./types";

export type Finder = ReturnType<typeof useFinder>;

/**
 * The claim finder's suggestions and checks for the article's current revision, loaded after the text is
 * on screen and again whenever the revision changes (an edit here or a teammate's), so they follow the text.
 */
export function useFinder(articleId: string, revision: number) {
  const [suggestions, setSuggestions] = useState<TSuggestion[]>([]);
  const [dismissed, setDismissed] = useState<TDismissal[]>([]);
  const [enabled, setEnabled] = useState(true);
  const [findings, setFindings] = useState<TFinding[]>([]);
  const [loaded, setLoaded] = useState<number | null>(null);
  // The finding shown in the text (from the Checks list or the keyboard), drawn stronger.
  const [active, setActive] = useState<TFinding | null>(null);
  const base = `/api/v1/articles/${articleId}`;

  const loadSuggestions = useCallback(async () => {
    const result = await callApi<TSuggestionList>(`${base}/suggestions`, "GET");
    if (!result.ok) return;
    setSuggestions(result.data.suggestions);
    setDismissed(result.data.dismissed);
    setEnabled(result.data.enabled);
  }, [base]);

  useEffect(() => {
    let stale = false;
    void (async () => {
      const [, checks] = await Promise.all([
        loadSuggestions(),
        callApi<{ revision: number; findings: TFinding[] }>(`${base}/checks`, "GET"),
      ]);
      if (stale) return;
      if (checks.ok) setFindings(checks.data.findings);
      setLoaded(revision);
    })();
    return () => {
      stale = true;
    };
  }, [base, revision, loadSuggestions]);

  /** Hides a suggestion at once; resolves to the dismissal (to undo) or a failure message. */
  const dismiss = useCallback(
    async (suggestion: TSuggestion) => {
      setSuggestions((list) => list.filter((s) => s !== suggestion));
      const result = await callApi<TDismissal>(`${base}/suggestions/dismissals`, "POST", {
        start: suggestion.start,
        end: suggestion.end,
      });
      if (result.ok) setDismissed((list) => [result.data, ...list.filter((d) => d.id !== result.data.id)]);
      else await loadSuggestions();
      return result;
    },
    [base, loadSuggestions],
  );

  const undo = useCallback(
    async (dismissalId: string) => {
      const result = await callApi(`${base}/suggestions/dismissals/${dismissalId}`, "DELETE");
      await loadSuggestions();
      return result;
    },
    [base, loadSuggestions],
  );

  return { suggestions, dismissed, enabled, findings, ready: loaded === revision, active, setActive, dismiss, undo };
}
