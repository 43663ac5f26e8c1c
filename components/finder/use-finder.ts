"use client";

import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { FINDER_API } from "@/lib/api/endpoints/finder";
import type { TDismissal, TFinding, TSuggestion } from "./types";

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

  const loadSuggestions = useCallback(async () => {
    const result = await callApi(FINDER_API.suggestions, { params: { id: articleId } });
    if (!result.ok) return;
    setSuggestions(result.data.suggestions);
    setDismissed(result.data.dismissed);
    setEnabled(result.data.enabled);
  }, [articleId]);

  useEffect(() => {
    let stale = false;
    void (async () => {
      const [, checks] = await Promise.all([
        loadSuggestions(),
        callApi(FINDER_API.checks, { params: { id: articleId } }),
      ]);
      if (stale) return;
      if (checks.ok) setFindings(checks.data.findings);
      setLoaded(revision);
    })();
    return () => {
      stale = true;
    };
  }, [articleId, revision, loadSuggestions]);

  /** Hides a suggestion at once; resolves to the dismissal (to undo) or the refusal. */
  const dismiss = useCallback(
    async (suggestion: TSuggestion) => {
      setSuggestions((list) => list.filter((s) => s !== suggestion));
      const body = { start: suggestion.start, end: suggestion.end };
      const result = await callApi(FINDER_API.dismiss, { params: { id: articleId }, body });
      if (result.ok) setDismissed((list) => [result.data, ...list.filter((d) => d.id !== result.data.id)]);
      else await loadSuggestions();
      return result;
    },
    [articleId, loadSuggestions],
  );

  const undo = useCallback(
    async (dismissalId: string) => {
      const result = await callApi(FINDER_API.undoDismissal, { params: { id: articleId, dismissalId } });
      await loadSuggestions();
      return result;
    },
    [articleId, loadSuggestions],
  );

  return { suggestions, dismissed, enabled, findings, ready: loaded === revision, active, setActive, dismiss, undo };
}
