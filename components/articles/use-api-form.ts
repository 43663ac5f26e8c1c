"use client";

import { useState } from "react";
import type { TErrorBody } from "@/lib/api/errors";

type Failure = { message: string; fields: Record<string, string> };

/** Posts a form's values as JSON to the API and keeps the one error shape for display. */
export function useApiForm<T>(url: string, networkMessage: string) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function submit(values: Record<string, unknown>): Promise<T | null> {
    setPending(true);
    setFailure(null);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
      const json = await response.json();
      if (response.ok) return json as T;
      const { error } = json as TErrorBody;
      setFailure({ message: error.message, fields: error.fields ?? {} });
    } catch {
      setFailure({ message: networkMessage, fields: {} });
    } finally {
      setPending(false);
    }
    return null;
  }

  return { submit, pending, failure };
}
