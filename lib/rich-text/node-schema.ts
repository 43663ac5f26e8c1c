import { z } from "zod";
import { ZJsonValue } from "@/lib/api/wire";

const ZMark = z.object({ type: z.string(), attrs: z.record(z.string(), ZJsonValue).optional() });

/** A stored rich text (Tiptap/ProseMirror JSON) as answers send it: already checked against allowed.ts. */
export const ZRichTextNode = z
  .object({
    type: z.string(),
    attrs: z.record(z.string(), ZJsonValue).optional(),
    get content() {
      return z.array(ZRichTextNode).optional();
    },
    marks: z.array(ZMark).optional(),
    text: z.string().optional(),
  })
  .meta({ id: "RichTextNode" });
