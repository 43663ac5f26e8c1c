// RFC 6266 / RFC 5987: an ASCII `filename` for old clients and a UTF-8 `filename*` so an Arabic
// title survives as the saved file's name.

// Characters no file system or header accepts in a name.
const UNSAFE = /[\u0000-\u001F\u007F"*/:<>?\\|\u202A-\u202E\u2066-\u2069]+/gu;

const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function attachmentHeader(title: string, fallback: string, extension: string): string {
  const name = [...title.replace(UNSAFE, " ").replace(/\s+/g, " ").trim()].slice(0, 120).join("").trim() || fallback;
  // A title in another script has no useful ASCII form: old clients get the fallback.
  const asciiName = (/^[\x20-\x7E]+$/.test(name) ? name : fallback).replace(/[%;]/g, "_");
  return `attachment; filename="${asciiName}.${extension}"; filename*=UTF-8''${encodeRfc5987(name)}.${extension}`;
}
