import { describeRange, type TAnchor } from "@/lib/anchoring/selectors";
import { locateQuote } from "@/lib/anchoring/locate-quote";
import { codePointLength } from "@/lib/arabic/codepoints";
import { snapSelection } from "@/lib/arabic/graphemes";
import { AppError } from "@/lib/errors";
import { errorText, type TErrorText } from "@/lib/i18n/error-text";
import type { TCreateClaim } from "./schemas";

const QUOTE_ERRORS = { ambiguous: "quoteAmbiguous", not_found: "quoteNotFound", too_costly: "quoteTooCostly" } as const;

function refuse(field: string, message: TErrorText): never {
  throw new AppError("validation_failed", errorText("fieldsNeedFixing"), { [field]: message });
}

/** Where in `text` a new claim goes: a span (snapped to whole graphemes, edges trimmed) or a unique quote. */
export function placeClaim(text: string, input: TCreateClaim): TAnchor {
  if ("exact" in input) {
    const found = locateQuote(text, {
      exact: input.exact.normalize("NFC"),
      prefix: input.prefix?.normalize("NFC"),
      suffix: input.suffix?.normalize("NFC"),
    });
    if (!found.ok) refuse("exact", errorText(QUOTE_ERRORS[found.error.code]));
    return describeRange(text, found.start, found.end);
  }
  const length = codePointLength(text);
  if (input.end <= input.start) refuse("end", errorText("spanEmpty"));
  if (input.end > length) refuse("end", errorText("spanOutside", { end: input.end, length }));
  const snapped = snapSelection(text, input, { words: false });
  if (!snapped) refuse("start", errorText("spanBlank"));
  return describeRange(text, snapped.start, snapped.end);
}
