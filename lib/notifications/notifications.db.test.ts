import { beforeAll, describe, expect, it } from "vitest";
import { ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { getLatestEventId, listArticleEvents, listMemberEvents } from "@/lib/events/list-events";
import { getDb } from "@/lib/db/client";
import { createTestArticle, createTestClaim } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { listNotifications } from "./list-notifications";
import { markNotificationsRead } from "./mark-read";
import { ZMarkRead, ZNotificationQuery } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;
const query = (value: object = {}) => ZNotificationQuery.parse(value);

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("notify"), createTestWorkspace("notify-other")]);
  articleId = await createTestArticle(ws.members.EDITOR.actor);
});

describe("notifications (real PostgreSQL)", () => {
  it("tell a member they were assigned, newest first, with an unread count, a live event, and mark read one or all", async () => {
    const { EDITOR: editor, FACT_CHECKER: checker } = ws.members;
    const start = await getLatestEventId(checker.actor, null);
    const first = await createTestClaim(editor.actor, articleId, { ready: false });
    const second = await createTestClaim(editor.actor, articleId, { ready: false, exact: "7 من أفراد الحماية" });
    await updateClaimSheet(editor.actor, first.id, ZUpdateClaimSheet.parse({ version: 1, assigneeId: checker.id }));
    await updateClaimSheet(editor.actor, second.id, ZUpdateClaimSheet.parse({ version: 1, assigneeId: checker.id }));
    // Assigning yourself notifies nobody.
    await updateClaimSheet(editor.actor, second.id, ZUpdateClaimSheet.parse({ version: 2, reviewerId: editor.id }));

    const listed = await listNotifications(checker.actor, query());
    expect(listed.unread).toBe(2);
    expect(listed.notifications.map((n) => [n.kind, n.claimId])).toEqual([
      ["ASSIGNED", second.id],
      ["ASSIGNED", first.id],
    ]);
    expect(listed.notifications[0]).toMatchObject({
      actor: { id: editor.id },
      payload: { articleId, articleTitle: "مقال للاختبار", statement: "7 من أفراد الحماية" },
      readAt: null,
    });
    expect((await listNotifications(editor.actor, query())).unread).toBe(0);
    const events = await listArticleEvents(checker.actor, articleId, 0n);
    expect(events.filter((e) => e.type === "notification.created").map((e) => e.payload)).toEqual([
      { kind: "ASSIGNED", userIds: [checker.id] },
      { kind: "ASSIGNED", userIds: [checker.id] },
    ]);

    // The member's stream (the bell): their own notifications and every claim change, nobody else's.
    const mine = await listMemberEvents(checker.actor, start);
    expect(mine.filter((e) => e.type === "notification.created").map((e) => e.payload)).toEqual([
      { kind: "ASSIGNED", articleId },
      { kind: "ASSIGNED", articleId },
    ]);
    expect(mine.filter((e) => e.type === "claim.changed").map((e) => e.claimId)).toContain(second.id);
    const editors = await listMemberEvents(editor.actor, start);
    expect(editors.filter((e) => e.type === "notification.created")).toEqual([]);
    expect(await listMemberEvents(other.members.ADMIN.actor, start)).toEqual([]);
    // Opening a claim marks what it was about read.
    expect(await markNotificationsRead(checker.actor, ZMarkRead.parse({ claimIds: [second.id] }))).toEqual({
      marked: 1,
      unread: 1,
    });
    await getDb().notification.updateMany({ where: { userId: checker.id }, data: { readAt: null } });

    // Someone else's ids change nothing.
    expect(await markNotificationsRead(editor.actor, ZMarkRead.parse({ ids: [listed.notifications[0].id] }))).toEqual({
      marked: 0,
      unread: 0,
    });
    expect(await markNotificationsRead(checker.actor, ZMarkRead.parse({ ids: [listed.notifications[0].id] }))).toEqual({
      marked: 1,
      unread: 1,
    });
    expect(
      (await listNotifications(checker.actor, query({ unread: "1" }))).notifications.map((n) => n.claimId),
    ).toEqual([first.id]);
    expect(await markNotificationsRead(checker.actor, ZMarkRead.parse({ all: true }))).toEqual({
      marked: 1,
      unread: 0,
    });
    expect((await listNotifications(other.members.ADMIN.actor, query())).notifications).toEqual([]);
    expect(ZMarkRead.safeParse({}).success).toBe(false);
    expect(ZNotificationQuery.safeParse({ limit: "1000" }).success).toBe(false);
  });
});
