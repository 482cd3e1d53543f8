-- CreateIndex
CREATE INDEX "umkm_name_key_pattern_idx" ON "umkm"("name_key" text_pattern_ops);

