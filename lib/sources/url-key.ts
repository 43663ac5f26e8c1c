import { errorText } from "@/lib/i18n/error-text";
import { refuseField } from "@/lib/claim-sheet/fields";
import { sourceUrlKey } from "./source-url-key";

/** Refuses a URL already listed (1-based position in the message); returns its key otherwise. */
export function assertNotListed(
  listed: { id: string; urlKey: string }[],
  url: string,
  field: string,
  exceptId?: string,
): string {
  const key = sourceUrlKey(url);
  const at = listed.findIndex((source) => source.urlKey === key && source.id !== exceptId);
  if (at !== -1) refuseField(field, errorText("sourceDuplicate", { n: at + 1 }));
  return key;
}
