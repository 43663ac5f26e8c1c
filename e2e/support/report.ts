import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext } from "@playwright/test";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { TCheckedClaim } from "@/lib/testing/published-claim";
import { walkToStatus } from "@/lib/testing/walk-workflow";

/** A copy of the seed article with its source URL and publisher, as a newsroom would add it. */
export async function createSourcedSeedCopy(request: APIRequestContext, sourceUrl: string) {
  const body = await readFile("prisma/seed/article-ar.txt", "utf8");
  const title = `نجاة الكاظمي من محاولة اغتيال ${Date.now()}`;
  const response = await request.post("/api/v1/articles", {
    data: { title, body, sourceUrl, publisher: "الجزيرة نت", publishedAt: "2021-11-07" },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; title: string };
}

async function ok(response: Promise<import("@playwright/test").APIResponse>) {
  const answer = await response;
  expect(answer.ok(), await answer.text()).toBe(true);
  return answer.json();
}

/** A claim taken through a whole check over the API, then through the review workflow to `status`. */
export async function createCheckedClaim(
  api: APIRequestContext,
  articleId: string,
  check: TCheckedClaim,
  status: ClaimStatus = "PUBLISHED",
) {
  const { id } = await ok(
    api.post(`/api/v1/articles/${articleId}/claims`, { data: { exact: check.exact, prefix: check.prefix } }),
  );
  let { version } = await ok(
    api.patch(`/api/v1/claims/${id}`, {
      data: { version: 1, statement: check.statement, claimant: check.claimant, claimDate: check.claimDate },
    }),
  );
  for (const source of check.sources)
    ({ version } = await ok(
      api.post(`/api/v1/claims/${id}/sources`, {
        data: { version, type: "OFFICIAL_STATEMENT", stance: "SUPPORTS", ...source },
      }),
    ));
  const rationale = {
    type: "doc",
    content: [{ type: "paragraph", attrs: { dir: "rtl" }, content: [{ type: "text", text: check.rationale }] }],
  };
  await ok(
    api.put(`/api/v1/claims/${id}/verdict`, {
      data: { version, ratingKey: check.ratingKey, conclusion: check.conclusion, rationale },
    }),
  );
  const claim = await getDb().claim.findUniqueOrThrow({
    where: { id },
    select: { workspaceId: true, createdById: true },
  });
  await walkToStatus({ userId: claim.createdById, workspaceId: claim.workspaceId, role: "FACT_CHECKER" }, id, status);
  return id as string;
}
