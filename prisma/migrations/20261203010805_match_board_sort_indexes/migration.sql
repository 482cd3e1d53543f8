-- CreateIndex
CREATE INDEX "matches_updated_at_id_idx" ON "matches"("updated_at", "id");

-- CreateIndex
CREATE INDEX "matches_status_updated_at_id_idx" ON "matches"("status", "updated_at", "id");

-- CreateIndex
CREATE INDEX "matches_need_id_score_id_idx" ON "matches"("need_id", "score", "id");

