-- CreateIndex
CREATE INDEX "supply_needs_response_deadline_id_idx" ON "supply_needs"("response_deadline", "id");

-- CreateIndex
CREATE INDEX "umkm_name_key_idx" ON "umkm"("name_key");

