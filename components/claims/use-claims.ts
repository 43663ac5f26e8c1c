"use client";

import { useCallback, useState } from "react";
import type { TErrorBody } from "@/lib/api/errors";
import type { TClaim } from "@/lib/claims/serialize";

const inReadingOrder = (claims: TClaim[]) =>
  [...claims].sort(
    (a, b) =>
      Number(b.anchored) - Number(a.anchored) || a.selector.start - b.selector.start || b.selector.end - a.selector.end,
  );

async function send<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error((json as TErrorBody | null)?.error.message ?? `HTTP ${response.status}`);
  return json as T;
}

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
    const { claims: fresh } = await send<{ claims: TClaim[] }>(`/api/v1/articles/${articleId}/claims`, "GET");
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
        const saved = await send<TClaim>(`/api/v1/articles/${articleId}/claims`, "POST", {
          start: selector.start,
          end: selector.end,
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
        await send(`/api/v1/claims/${claim.id}`, "DELETE");
      } catch (error) {
        upsert(claim);
        throw error;
      }
    },
    [remove, upsert],
  );

  const reattach = useCallback(
    async (id: string, start: number, end: number) =>
      upsert(await send<TClaim>(`/api/v1/claims/${id}/anchor`, "PUT", { start, end })),
    [upsert],
  );

  return { claims, create, destroy, reattach, upsert, remove, reload };
}
