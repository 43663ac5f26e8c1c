-- CreateIndex
CREATE INDEX "ArticleEvent_workspaceId_id_idx" ON "ArticleEvent"("workspaceId", "id");
