import { describeRange, type TAnchor } from "@/lib/anchoring/selectors";
import { locateQuote } from "@/lib/anchoring/locate-quote";
import { codePointLength } from "@/lib/arabic/codepoints";
import { snapSelection } from "@/lib/arabic/graphemes";
import { AppError } from "@/lib/errors";
import type { TCreateClaim } from "./schemas";

function refuse(field: string, message: string): never {
  throw new AppError("validation_failed", message, { [field]: message });
}

/** Where in `text` a new claim goes: a span (snapped to whole graphemes, edges trimmed) or a unique quote. */
export function placeClaim(text: string, input: TCreateClaim): TAnchor {
  if ("exact" in input) {
    const found = locateQuote(text, { exact: input.exact.normalize("NFC"), prefix: input.prefix?.normalize("NFC"), suffix: input.suffix?.normalize("NFC") });
    if (!found.ok) refuse("exact", found.error.message);
    return describeRange(text, found.start, found.end);
  }
  const length = codePointLength(text);
  if (input.end <= input.start) refuse("end", "The span is empty: end must be greater than start.");
  if (input.end > length) refuse("end", `The span ends at ${input.end}, past the end of the text (${length} code points).`);
  const snapped = snapSelection(text, input, { words: false });
  if (!snapped) refuse("start", "The span holds only spaces or punctuation: select the words of the claim.");
  return describeRange(text, snapped.start, snapped.end);
}
