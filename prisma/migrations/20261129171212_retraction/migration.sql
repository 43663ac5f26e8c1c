-- AlterEnum
ALTER TYPE "ClaimStatus" ADD VALUE 'RETRACTED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'RETRACTED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "firstPublished" TIMESTAMP(3),
ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedById" TEXT,
ADD COLUMN     "retractionNote" TEXT;

-- Claims published before this migration: their first publication.
UPDATE "Claim" SET "firstPublished" = p."first"
FROM (SELECT "claimId", MIN("publishedAt") AS "first" FROM "ClaimPublication" GROUP BY "claimId") AS p
WHERE p."claimId" = "Claim"."id";

-- Routing: a claim nobody was assigned to is checked by whoever created it (while they may check).
UPDATE "Claim" SET "assigneeId" = "Claim"."createdById"
FROM "Membership" AS m
WHERE "Claim"."assigneeId" IS NULL AND "Claim"."deletedAt" IS NULL
  AND m."workspaceId" = "Claim"."workspaceId" AND m."userId" = "Claim"."createdById" AND m."role" <> 'VIEWER';

-- Webhooks that receive publications also learn of retractions (their ClaimReview is withdrawn).
UPDATE "Webhook" SET "events" = array_append("events", 'claim.retracted')
WHERE 'claim.published' = ANY("events") AND NOT ('claim.retracted' = ANY("events"));
