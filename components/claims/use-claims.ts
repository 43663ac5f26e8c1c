"use client";

import { useCallback, useState } from "react";
import { requestApi } from "@/lib/api/client";
import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { CLAIM_API } from "@/lib/api/endpoints/claims";
import type { TClaim } from "@/lib/claims/serialize";

const inReadingOrder = (claims: TClaim[]) =>
  [...claims].sort(
    (a, b) =>
      Number(b.anchored) - Number(a.anchored) || a.selector.start - b.selector.start || b.selector.end - a.selector.end,
  );

let pendingCount = 0;

/** The article's claims in reading order, changed optimistically and reconciled with the server. */
export function useClaims(articleId: string, initial: TClaim[], userId: string) {
  const [claims, setClaims] = useState(() => inReadingOrder(initial));

  const upsert = useCallback(
    (claim: TClaim) => setClaims((list) => inReadingOrder([...list.filter((c) => c.id !== claim.id), claim])),
    [],
  );
  const remove = useCallback((id: string) => setClaims((list) => list.filter((c) => c.id !== id)), []);
  const reload = useCallback(async () => {
    const { claims: fresh } = await requestApi(ARTICLE_API.claims, { params: { id: articleId } });
    setClaims(inReadingOrder(fresh));
  }, [articleId]);

  const create = useCallback(
    async (selector: TClaim["selector"]): Promise<TClaim> => {
      const now = new Date().toISOString();
      const pending: TClaim = {
        id: `pending-${++pendingCount}`,
        articleId,
        status: "DRAFT",
        version: 1,
        revision: 0,
        anchored: true,
        orphanReason: null,
        selector,
        createdById: userId,
        assigneeId: userId,
        firstPublished: null,
        createdAt: now,
        updatedAt: now,
      };
      upsert(pending);
      try {
        const saved = await requestApi(ARTICLE_API.createClaim, {
          params: { id: articleId },
          body: { start: selector.start, end: selector.end },
        });
        setClaims((list) => inReadingOrder([...list.filter((c) => c.id !== pending.id && c.id !== saved.id), saved]));
        return saved;
      } catch (error) {
        remove(pending.id);
        throw error;
      }
    },
    [articleId, userId, upsert, remove],
  );

  const destroy = useCallback(
    async (claim: TClaim) => {
      remove(claim.id);
      try {
        await requestApi(CLAIM_API.delete, { params: { id: claim.id } });
      } catch (error) {
        upsert(claim);
        throw error;
      }
    },
    [remove, upsert],
  );

  const reattach = useCallback(
    async (id: string, start: number, end: number) =>
      upsert(await requestApi(CLAIM_API.anchor, { params: { id }, body: { start, end } })),
    [upsert],
  );

  return { claims, create, destroy, reattach, upsert, remove, reload };
}
