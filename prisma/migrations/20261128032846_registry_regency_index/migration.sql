-- CreateIndex
CREATE INDEX "umkm_regency_code_idx" ON "umkm"("regency_code");

