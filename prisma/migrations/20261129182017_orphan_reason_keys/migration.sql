-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "orphanParams" JSONB;

-- Orphan reasons were stored as English sentences written by lib/anchoring/resolve.ts. They become
-- keys of claims.orphanReasons in messages/*.json, with their numbers in "orphanParams".
UPDATE "Claim"
SET "orphanParams" = jsonb_build_object(
      'score', (regexp_match("orphanReason", 'matches only (\d+)%'))[1]::int,
      'needed', (regexp_match("orphanReason", '\((\d+)% needed\)'))[1]::int),
    "orphanReason" = CASE WHEN "orphanReason" LIKE '%of the quote itself%' THEN 'changedQuote' ELSE 'changed' END
WHERE "orphanReason" LIKE 'The closest passage matches only %';

UPDATE "Claim" SET "orphanReason" = 'gone' WHERE "orphanReason" LIKE 'The quoted words are no longer%';
UPDATE "Claim" SET "orphanReason" = 'moved' WHERE "orphanReason" LIKE 'The quoted words still appear%';
UPDATE "Claim" SET "orphanReason" = 'empty' WHERE "orphanReason" LIKE 'The claim has no quoted words%';
-- Anything else (no writer made other sentences) reads as "no longer in the text".
UPDATE "Claim" SET "orphanReason" = 'gone'
WHERE "orphanReason" IS NOT NULL AND "orphanReason" NOT IN ('gone', 'moved', 'changed', 'changedQuote', 'empty');
