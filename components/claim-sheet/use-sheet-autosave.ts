"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  afterOwnSave,
  changedGroups,
  mergeForms,
  pickGroup,
  sentGroups,
  sheetPatch,
  sheetToForm,
  verdictBody,
  type TFieldGroup,
  type TSheetForm,
} from "@/lib/claim-sheet/form";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import { forgetDraft, readDraft, storeDraft, type TStoredDraft } from "./local-draft";
import { callApi } from "@/lib/api/client";
import { CLAIM_API } from "@/lib/api/endpoints/claims";
import { sendSheetWrite, type TSheetReply, type TSheetWrite } from "./sheet-api";

export type TSaveState = "idle" | "saving" | "saved" | "failed" | "invalid" | "conflict";
export type TConflictState = { theirs: TSheetForm; groups: TFieldGroup[] };
type TWrite = (version: number) => Promise<TSheetReply>;
type TOutcome = "saved" | "merged" | "stopped";
type TSent = { form: TSheetForm; groups: TFieldGroup[] };

const AUTOSAVE_DELAY_MS = 800;

/**
 * The claim sheet's state in the browser: the last sheet the server answered, the draft being typed, and
 * one queue through which every write goes in order with the current version. Field edits save on their
 * own after a pause; a 409 merges field by field (see lib/claim-sheet/form.ts) and asks only about
 * fields both people changed; a draft that could not be saved is kept in localStorage and offered back.
 */
export function useSheetAutosave(initial: TClaimSheet, remoteVersion = 0) {
  const claimId = initial.id;
  const [sheet, setSheet] = useState(initial);
  const [draft, setDraft] = useState(() => sheetToForm(initial));
  const [state, setState] = useState<TSaveState>("idle");
  const [message, setMessage] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<TConflictState | null>(null);
  const [recovered, setRecovered] = useState<TStoredDraft | null>(null);
  const base = useRef(sheetToForm(initial));
  const current = useRef(draft);
  const version = useRef(initial.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflictOpen = useRef(false);

  const setDraftBoth = useCallback((next: TSheetForm) => {
    current.current = next;
    setDraft(next);
  }, []);

  const remember = useCallback(() => {
    if (changedGroups(base.current, current.current).length === 0) forgetDraft(claimId);
    else
      storeDraft(claimId, {
        base: base.current,
        draft: current.current,
        version: version.current,
        at: new Date().toISOString(),
      });
  }, [claimId]);

  /** Takes the server's sheet as the new base; my unsaved edits are merged onto it. */
  const adopt = useCallback(
    (server: TClaimSheet) => {
      const theirs = sheetToForm(server);
      const { merged, conflicts } = mergeForms(base.current, current.current, theirs);
      base.current = theirs;
      version.current = server.version;
      setSheet(server);
      setDraftBoth(merged);
      if (conflicts.length > 0) {
        conflictOpen.current = true;
        setConflict({ theirs, groups: conflicts });
        setState("conflict");
      }
      remember();
      return conflicts.length === 0;
    },
    [remember, setDraftBoth],
  );

  /** My own save answered: its tidied values become the base, and what I typed meanwhile stays. */
  const adoptOwn = useCallback(
    (server: TClaimSheet, sent: TSent) => {
      const saved = sheetToForm(server);
      base.current = saved;
      version.current = server.version;
      setSheet(server);
      setDraftBoth(afterOwnSave(sent, current.current, saved));
      remember();
    },
    [remember, setDraftBoth],
  );

  /**
   * Runs writes one after another, each on the version the previous one left. `sent`: the draft a
   * field save was made from; other writes (sources) leave the fields to a three-way merge.
   */
  const enqueue = useCallback(
    (write: TWrite, retryOnConflict: boolean, sent?: TSent): Promise<TOutcome> => {
      const run = async (): Promise<TOutcome> => {
        setState("saving");
        const reply = await write(version.current);
        if (reply.kind === "saved") {
          if (sent) adoptOwn(reply.sheet, sent);
          else adopt(reply.sheet);
          setFieldErrors({});
          return "saved";
        }
        if (reply.kind === "conflict") {
          if (!adopt(reply.current)) return "stopped";
          return retryOnConflict ? run() : "merged";
        }
        setMessage(reply.message);
        setFieldErrors(reply.kind === "invalid" ? reply.fields : {});
        setState(reply.kind);
        remember();
        return "stopped";
      };
      const next = queue.current.then(run);
      queue.current = next.catch(() => "stopped");
      return next;
    },
    [adopt, adoptOwn, remember],
  );

  const saveFields = useCallback(async () => {
    // A stale version merges cleanly (or stops at a conflict) and the rest is sent again on the new one.
    for (let attempt = 0; attempt < 3 && !conflictOpen.current; attempt++) {
      const sent = { form: current.current, groups: sentGroups(base.current, current.current, false) };
      const patch = sheetPatch(base.current, sent.form);
      const patched = patch
        ? await enqueue((v) => sendSheetWrite(CLAIM_API.update, { id: claimId }, { version: v, ...patch }), false, sent)
        : "saved";
      if (patched === "merged") continue;
      if (patched === "stopped") return;
      const judging = { form: current.current, groups: sentGroups(base.current, current.current, true) };
      const verdict = verdictBody(base.current, judging.form);
      const judged = verdict
        ? await enqueue(
            (v) => sendSheetWrite(CLAIM_API.setVerdict, { id: claimId }, { version: v, ...verdict }),
            false,
            judging,
          )
        : "saved";
      if (judged === "merged") continue;
      if (judged === "stopped") return;
      break;
    }
    if (!conflictOpen.current) setState(changedGroups(base.current, current.current).length === 0 ? "saved" : "idle");
  }, [enqueue, claimId]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveFields(), AUTOSAVE_DELAY_MS);
  }, [saveFields]);

  const edit = useCallback(
    (change: Partial<TSheetForm>) => {
      setDraftBoth({ ...current.current, ...change });
      remember();
      schedule();
    },
    [remember, schedule, setDraftBoth],
  );

  /** A write that is not a field edit (sources): queued like the rest; a stale version is retried once merged. */
  const write = useCallback(
    (endpoint: TSheetWrite, body: Record<string, unknown>, sourceId?: string) =>
      enqueue((v) => sendSheetWrite(endpoint, { id: claimId, sourceId }, { ...body, version: v }), true),
    [enqueue, claimId],
  );

  /** The person's decision on each conflicting field: keep mine, or take theirs. */
  const resolve = useCallback(
    (choices: Partial<Record<TFieldGroup, "mine" | "theirs">>) => {
      if (!conflict) return;
      let next = current.current;
      for (const group of conflict.groups)
        if (choices[group] === "theirs") next = pickGroup(next, conflict.theirs, group);
      conflictOpen.current = false;
      setConflict(null);
      setDraftBoth(next);
      remember();
      void saveFields();
    },
    [conflict, remember, saveFields, setDraftBoth],
  );

  const restore = useCallback(() => {
    if (!recovered) return;
    setRecovered(null);
    base.current = recovered.base;
    current.current = recovered.draft;
    adopt(sheet);
    void saveFields();
  }, [recovered, adopt, sheet, saveFields]);

  const discard = useCallback(() => {
    setRecovered(null);
    forgetDraft(claimId);
  }, [claimId]);

  // A teammate saved (the live stream says the version grew): their sheet is merged in like a 409's.
  useEffect(() => {
    if (remoteVersion <= version.current) return;
    queue.current = queue.current.then(async () => {
      if (remoteVersion <= version.current) return;
      const result = await callApi(CLAIM_API.get, { params: { id: claimId } });
      if (result.ok && result.data.version > version.current) adopt(result.data);
    });
  }, [remoteVersion, claimId, adopt]);

  useEffect(() => {
    const stored = readDraft(claimId);
    // Reading localStorage must wait for the browser; the server render never has a draft.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored && changedGroups(stored.base, stored.draft).length > 0) setRecovered(stored);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [claimId]);

  /** A sheet the server answered outside these writes (a workflow step), merged like a teammate's save. */
  const accept = useCallback(
    (server: TClaimSheet) => {
      queue.current = queue.current.then(() => void (server.version > version.current && adopt(server)));
    },
    [adopt],
  );

  return {
    sheet,
    draft,
    state,
    message,
    fieldErrors,
    conflict,
    recovered,
    edit,
    write,
    accept,
    retry: saveFields,
    resolve,
    restore,
    discard,
  };
}

export type TSheetEditor = ReturnType<typeof useSheetAutosave>;
