import { beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/api/errors";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { AppError } from "@/lib/errors";
import { listArticleEvents } from "@/lib/events/list-events";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { addSource } from "./add-source";
import { removeSource } from "./remove-source";
import { reorderSources } from "./reorder-sources";
import { MAX_EXCERPT, ZCreateSource, ZReorderSources, ZRemoveSource, ZUpdateSource } from "./schemas";
import { updateSource } from "./update-source";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

const MOH = {
  url: "https://moh.gov.iq/news/2021/11/07",
  title: "بيان وزارة الصحة",
  publisher: "وزارة الصحة العراقية",
  publishedAt: "2021-11-07",
  type: "OFFICIAL_STATEMENT",
  stance: "SUPPORTS",
};
const REUTERS = {
  url: "https://www.reuters.com/world/middle-east/iraq-pm-2021-11-07/",
  title: "Iraqi PM survives drone attack",
  type: "NEWS_REPORT",
};
const add = (claimId: string, version: number, source: object) =>
  addSource(ws.members.FACT_CHECKER.actor, claimId, ZCreateSource.parse({ version, ...source }));
const newClaim = async () =>
  (await createClaim(ws.members.FACT_CHECKER.actor, articleId, ZCreateClaim.parse({ exact: "125 آخرون" }))).id;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function fieldsOf(value: object) {
  const result = ZCreateSource.safeParse({ version: 1, ...value });
  expect(result.success, JSON.stringify(value).slice(0, 120)).toBe(false);
  return toAppError(result.error!).fields!; // in English
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("sources"), createTestWorkspace("sources-other")]);
  articleId = (
    await createArticle(
      ws.members.EDITOR.actor,
      ZCreateArticle.parse({ title: "مصادر", body: "وأصيب 125 آخرون بجروح بحسب وزارة الصحة." }),
    )
  ).id;
});

describe("sources (real PostgreSQL)", () => {
  it("are added in order with their access time, defaults for type and stance, and a claim.updated event", async () => {
    const id = await newClaim();
    const before = Date.now();
    const one = await add(id, 1, MOH);
    const two = await add(id, 2, { ...REUTERS, excerpt: "  The attack\r\n\r\n\r\n wounded   seven guards.  " });
    expect(two.version).toBe(3);
    expect(two.sources.map((s) => s.title)).toEqual(["بيان وزارة الصحة", "Iraqi PM survives drone attack"]);
    expect(one.sources[0]).toMatchObject({
      publisher: "وزارة الصحة العراقية",
      publishedAt: "2021-11-07",
      type: "OFFICIAL_STATEMENT",
      stance: "SUPPORTS",
      archiveUrl: null,
    });
    expect(Date.parse(two.sources[1].accessedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(two.sources[1]).toMatchObject({
      stance: "CONTEXT",
      excerpt: "The attack\n\nwounded seven guards.",
      publisher: null,
    });
    const events = await listArticleEvents(ws.members.VIEWER.actor, articleId, 0n);
    expect(
      events
        .filter((e) => e.claimId === id && e.type === "claim.updated")
        .map((e) => (e.payload as { changed: string[] }).changed),
    ).toEqual([["sources"], ["sources"]]);
  });

  it("refuse a URL already listed on the claim, giving its number, even written differently", async () => {
    const id = await newClaim();
    await add(id, 1, MOH);
    await add(id, 2, REUTERS);
    const error = await failure(
      add(id, 3, { ...REUTERS, url: "http://reuters.com/world/middle-east/iraq-pm-2021-11-07?utm_source=twitter#top" }),
    );
    expect(error).toMatchObject({
      code: "validation_failed",
      fields: { url: "This source is already listed as [2]." },
    });
    expect((await getClaimSheet(ws.members.VIEWER.actor, id)).version).toBe(3);
    // The same URL on another claim is fine.
    expect((await add(await newClaim(), 1, REUTERS)).sources).toHaveLength(1);
  });

  it("refuse bad URLs, future dates, long excerpts and bidi overrides with a message per field", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "/news/1",
      "moh.gov.iq",
      "ftp://x.test/a",
    ]) {
      expect(fieldsOf({ ...MOH, url }).url, url).toMatch(/http:\/\/ or https:\/\//);
    }
    expect(fieldsOf({ ...MOH, url: `https://x.test/${"a".repeat(2040)}` }).url).toMatch(/2,048/);
    expect(fieldsOf({ ...MOH, archiveUrl: "javascript:alert(1)" }).archiveUrl).toMatch(/https:\/\//);
    expect(fieldsOf({ ...MOH, publishedAt: "2999-01-01" }).publishedAt).toMatch(/future/);
    expect(fieldsOf({ ...MOH, excerpt: "ن".repeat(MAX_EXCERPT + 1) }).excerpt).toMatch(/under 5000/);
    expect(fieldsOf({ ...MOH, title: "عنوان\u202Eمقلوب" }).title).toMatch(/direction-override/);
    expect(fieldsOf({ ...MOH, excerpt: "\u2066مقتطف" }).excerpt).toMatch(/direction-override/);
    expect(fieldsOf({ ...MOH, title: "  " }).title).toMatch(/required/);
    expect(fieldsOf({ ...MOH, type: "BLOG" }).type).toMatch(/OFFICIAL_RECORD/);
    expect(fieldsOf({ ...MOH, stance: "MAYBE" }).stance).toMatch(/SUPPORTS, REFUTES or CONTEXT/);
    expect(ZCreateSource.safeParse(MOH).success).toBe(false);
  });

  it("keep HTML typed into plain fields as text", async () => {
    const sheet = await add(await newClaim(), 1, {
      ...MOH,
      title: "<script>alert(1)</script>",
      excerpt: "<img src=x onerror=alert(1)>",
    });
    expect(sheet.sources[0]).toMatchObject({
      title: "<script>alert(1)</script>",
      excerpt: "<img src=x onerror=alert(1)>",
    });
  });

  it("are edited: a new URL renews the access time and is checked against the others", async () => {
    const id = await newClaim();
    const first = await add(id, 1, MOH);
    const second = await add(id, 2, REUTERS);
    const [mohId, reutersId] = second.sources.map((s) => s.id);
    const edit = (version: number, value: object) =>
      updateSource(ws.members.EDITOR.actor, id, reutersId, ZUpdateSource.parse({ version, ...value }));
    const retitled = await edit(3, { title: "رويترز", publisher: "Reuters", stance: "REFUTES" });
    expect(retitled.sources[1]).toMatchObject({
      title: "رويترز",
      publisher: "Reuters",
      stance: "REFUTES",
      accessedAt: second.sources[1].accessedAt,
    });
    const cleared = await edit(4, {
      publisher: null,
      archiveUrl: "https://web.archive.org/web/2021/https://reuters.com/x",
    });
    expect(cleared.sources[1]).toMatchObject({
      publisher: null,
      archiveUrl: "https://web.archive.org/web/2021/https://reuters.com/x",
    });
    expect((await failure(edit(5, { url: `${MOH.url}/` }))).fields?.url).toBe("This source is already listed as [1].");
    const moved = await edit(5, { url: "https://apnews.com/article/iraq-drone" });
    expect(Date.parse(moved.sources[1].accessedAt)).toBeGreaterThan(Date.parse(second.sources[1].accessedAt));
    expect(moved.sources[0]).toEqual(first.sources[0]);
    expect(ZUpdateSource.safeParse({ version: 6 }).success).toBe(false);
    expect(
      (
        await failure(
          updateSource(ws.members.EDITOR.actor, id, mohId, ZUpdateSource.parse({ version: 3, title: "قديم" })),
        )
      ).code,
    ).toBe("conflict");
  });

  it("are removed, the later ones moving up, and reordered as a whole", async () => {
    const id = await newClaim();
    await add(id, 1, MOH);
    await add(id, 2, REUTERS);
    const three = await add(id, 3, { url: "https://apnews.com/article/iraq", title: "AP" });
    const [a, b, c] = three.sources.map((s) => s.id);
    const reordered = await reorderSources(
      ws.members.FACT_CHECKER.actor,
      id,
      ZReorderSources.parse({ version: 4, ids: [c, a, b] }),
    );
    expect(reordered.sources.map((s) => s.id)).toEqual([c, a, b]);
    for (const ids of [
      [c, a],
      [c, a, a],
      [c, a, b, "x"],
      [c, a, "x"],
    ]) {
      const error = await failure(
        reorderSources(ws.members.FACT_CHECKER.actor, id, ZReorderSources.parse({ version: 5, ids })),
      );
      expect(error.fields?.ids, JSON.stringify(ids)).toMatch(/exactly once/);
    }
    const removed = await removeSource(ws.members.FACT_CHECKER.actor, id, a, ZRemoveSource.parse({ version: 5 }));
    expect(removed.sources.map((s) => s.id)).toEqual([c, b]);
    const added = await add(id, 6, { url: "https://bbc.com/arabic/1", title: "BBC" });
    expect(added.sources.map((s) => s.title)).toEqual(["AP", "Iraqi PM survives drone attack", "BBC"]);
    expect(
      (await failure(removeSource(ws.members.FACT_CHECKER.actor, id, a, ZRemoveSource.parse({ version: 7 })))).code,
    ).toBe("not_found");
    expect(
      (await failure(removeSource(ws.members.FACT_CHECKER.actor, id, b, ZRemoveSource.parse({ version: 6 })))).code,
    ).toBe("conflict");
  });

  it("are written only by fact-checkers and above, and only on this workspace's claims", async () => {
    const id = await newClaim();
    const sheet = await add(id, 1, MOH);
    const sourceId = sheet.sources[0].id;
    const viewer = ws.members.VIEWER.actor;
    expect((await failure(addSource(viewer, id, ZCreateSource.parse({ version: 2, ...REUTERS })))).code).toBe(
      "forbidden",
    );
    expect(
      (await failure(updateSource(viewer, id, sourceId, ZUpdateSource.parse({ version: 2, title: "x" })))).code,
    ).toBe("forbidden");
    expect((await failure(removeSource(viewer, id, sourceId, ZRemoveSource.parse({ version: 2 })))).code).toBe(
      "forbidden",
    );
    expect(
      (await failure(reorderSources(viewer, id, ZReorderSources.parse({ version: 2, ids: [sourceId] })))).code,
    ).toBe("forbidden");
    const outsider = other.members.ADMIN.actor;
    expect((await failure(addSource(outsider, id, ZCreateSource.parse({ version: 2, ...REUTERS })))).code).toBe(
      "not_found",
    );
    expect(
      (await failure(updateSource(outsider, id, sourceId, ZUpdateSource.parse({ version: 2, title: "x" })))).code,
    ).toBe("not_found");
    expect((await failure(removeSource(outsider, id, sourceId, ZRemoveSource.parse({ version: 2 })))).code).toBe(
      "not_found",
    );
    // A source id of another claim is not found on this one.
    const elsewhere = await newClaim();
    expect(
      (
        await failure(
          updateSource(ws.members.EDITOR.actor, elsewhere, sourceId, ZUpdateSource.parse({ version: 1, title: "x" })),
        )
      ).code,
    ).toBe("not_found");
    expect((await getClaimSheet(viewer, elsewhere)).version).toBe(1);
  });
});
