import { readFile } from "node:fs/promises";
import { FONT_FILES, fontPath, type FontFile } from "@/lib/exports/report-font";

// The report page's reading font; the names are a fixed list, never a path from the request.
export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const name = (await context.params).file.replace(/\.woff2$/, "");
  if (!FONT_FILES.includes(name as FontFile)) return new Response("Not found", { status: 404 });
  const data = await readFile(fontPath(name as FontFile));
  return new Response(new Uint8Array(data), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
