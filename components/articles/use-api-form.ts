"use client";

import { useState } from "react";
import { callApi, type ApiFailure, type ApiResult, type CallInput } from "@/lib/api/client";
import type { AnyEndpoint } from "@/lib/api/endpoint";

/** Posts a form's values as the endpoint's JSON body and keeps the one error shape for display. */
export function useApiForm<E extends AnyEndpoint>(endpoint: E, networkMessage: string) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  async function submit(values: Record<string, unknown>) {
    setPending(true);
    setFailure(null);
    // Form values go as typed; the endpoint's schema answers each field's problem (422 with `fields`).
    const input = { body: values } as CallInput<E>;
    const result: ApiResult<E> = await callApi(endpoint, input, { network: networkMessage });
    setPending(false);
    if (result.ok) return result.data;
    setFailure(result.failure);
    return null;
  }

  return { submit, pending, failure };
}
