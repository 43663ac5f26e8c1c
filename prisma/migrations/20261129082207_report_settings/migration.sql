-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "correctionsPolicyUrl" TEXT,
ADD COLUMN     "methodologyUrl" TEXT,
ADD COLUMN     "reportLogoUrl" TEXT,
ADD COLUMN     "reportOrgName" TEXT,
ADD COLUMN     "reportOrgUrl" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "reportSlug" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Article_reportSlug_key" ON "Article"("reportSlug");
