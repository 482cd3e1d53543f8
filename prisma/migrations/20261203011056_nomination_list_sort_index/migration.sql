-- CreateIndex
CREATE INDEX "nominations_created_at_id_idx" ON "nominations"("created_at", "id");

