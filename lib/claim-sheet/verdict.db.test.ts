import { beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/api/errors";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { AppError } from "@/lib/errors";
import { listArticleEvents } from "@/lib/events/list-events";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { getClaimSheet } from "./get-claim-sheet";
import { ZSetVerdict } from "./schemas";
import { setVerdict } from "./set-verdict";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

const verdict = (value: object) => ZSetVerdict.parse(value);
const newClaim = async () =>
  (await createClaim(ws.members.FACT_CHECKER.actor, articleId, ZCreateClaim.parse({ exact: "125 آخرون" }))).id;
const rationale = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      attrs: { dir: "rtl" },
      content: [
        { type: "text", text: "أعلنت وزارة الصحة العدد في " },
        { type: "text", text: "بيانها", marks: [{ type: "link", attrs: { href: "https://moh.gov.iq/news/1" } }] },
      ],
    },
  ],
};

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function fieldsOf(value: object) {
  const result = ZSetVerdict.safeParse(value);
  expect(result.success).toBe(false);
  return toAppError(result.error!).fields!; // in English
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("verdict"), createTestWorkspace("verdict-other")]);
  articleId = (
    await createArticle(
      ws.members.EDITOR.actor,
      ZCreateArticle.parse({ title: "حكم", body: "وأصيب 125 آخرون بجروح بحسب وزارة الصحة." }),
    )
  ).id;
});

describe("verdicts (real PostgreSQL)", () => {
  it("take a rating from the scale, a conclusion and a rationale, and bump the version", async () => {
    const id = await newClaim();
    const sheet = await setVerdict(
      ws.members.FACT_CHECKER.actor,
      id,
      verdict({
        version: 1,
        ratingKey: "misleading",
        conclusion: "العدد صحيح لكنه يشمل المصابين بجروح طفيفة.",
        rationale,
      }),
    );
    expect(sheet.version).toBe(2);
    expect(sheet.verdict).toEqual({
      rating: { key: "misleading", labelAr: "مضلل", labelEn: "Misleading", value: 2, color: "#d1570e", retired: false },
      conclusion: "العدد صحيح لكنه يشمل المصابين بجروح طفيفة.",
      rationale,
    });
    const events = await listArticleEvents(ws.members.VIEWER.actor, articleId, 0n);
    expect(events.at(-1)).toMatchObject({
      type: "claim.updated",
      claimId: id,
      payload: { version: 2, changed: ["verdict"] },
    });

    const cleared = await setVerdict(ws.members.EDITOR.actor, id, verdict({ version: 2, ratingKey: null }));
    expect(cleared.verdict).toEqual({ rating: null, conclusion: null, rationale: null });
  });

  it("refuse a rating key that is not on this workspace's scale", async () => {
    const id = await newClaim();
    const error = await failure(
      setVerdict(ws.members.FACT_CHECKER.actor, id, verdict({ version: 1, ratingKey: "pants-on-fire" })),
    );
    expect(error).toMatchObject({
      code: "validation_failed",
      fields: { ratingKey: "“pants-on-fire” is not on this workspace's rating scale." },
    });
    expect((await getClaimSheet(ws.members.VIEWER.actor, id)).version).toBe(1);
  });

  it("refuse a 100 KB conclusion, bidi overrides and forbidden rich text, naming the field and the node", () => {
    expect(fieldsOf({ version: 1, ratingKey: "false", conclusion: "ك".repeat(100_000) }).conclusion).toMatch(
      /under 500/,
    );
    expect(fieldsOf({ version: 1, ratingKey: "false", conclusion: "زائف\u202E" }).conclusion).toMatch(
      /direction-override/,
    );
    const withImage = { type: "doc", content: [{ type: "image", attrs: { src: "https://x.test/a.png" } }] };
    expect(fieldsOf({ version: 1, ratingKey: "false", rationale: withImage }).rationale).toMatch(
      /“image” is not allowed/,
    );
    const withScript = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
      ],
    };
    expect(fieldsOf({ version: 1, ratingKey: "false", rationale: withScript }).rationale).toMatch(
      /http:\/\/ or https:\/\//,
    );
    expect(fieldsOf({ version: 1, conclusion: "x" }).ratingKey).toMatch(/Choose a rating key/);
  });

  it("keep HTML typed into the conclusion as text", async () => {
    const sheet = await setVerdict(
      ws.members.FACT_CHECKER.actor,
      await newClaim(),
      verdict({ version: 1, ratingKey: "false", conclusion: "<script>alert(1)</script>" }),
    );
    expect(sheet.verdict.conclusion).toBe("<script>alert(1)</script>");
  });

  it("refuse stale versions, viewers and other workspaces", async () => {
    const id = await newClaim();
    await setVerdict(ws.members.FACT_CHECKER.actor, id, verdict({ version: 1, ratingKey: "true" }));
    const stale = await failure(setVerdict(ws.members.EDITOR.actor, id, verdict({ version: 1, ratingKey: "false" })));
    expect(stale).toMatchObject({ code: "conflict", current: { version: 2, verdict: { rating: { key: "true" } } } });
    expect(
      (await failure(setVerdict(ws.members.VIEWER.actor, id, verdict({ version: 2, ratingKey: "false" })))).code,
    ).toBe("forbidden");
    expect(
      (await failure(setVerdict(other.members.ADMIN.actor, id, verdict({ version: 2, ratingKey: "false" })))).code,
    ).toBe("not_found");
  });
});
