import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON body, refusing more than MAX_BODY_BYTES before buffering it all. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) throw new AppError("bad_request", errorText("noBody"));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", errorText("badJson"));
  }
}

function tooLarge() {
  return new AppError("payload_too_large", errorText("tooLarge", { kb: MAX_BODY_BYTES / 1024 }));
}
