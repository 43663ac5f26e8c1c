import { readFileSync } from "node:fs";
import path from "node:path";

export type CheckItem = { id: string; publishedAt?: string; text: string; expect: { kind: string; quote: string }[] };
export type SuggestionItem = { id: string; text: string; checkWorthy: boolean; category: string };
export type SetName = "dev" | "heldout";

const DATA = path.join(import.meta.dirname, "..", "finder-data");

function read<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;
}

export function loadChecks(set: SetName): CheckItem[] {
  return read(`checks.${set}.json`);
}

export function loadSuggestions(set: SetName): SuggestionItem[] {
  return read(`suggestions.${set}.json`);
}
