-- DropIndex
DROP INDEX "umkm_regency_code_id_idx";

-- CreateIndex
CREATE INDEX "umkm_registry_walk_idx" ON "umkm"("regency_code", "id", "district_code", "scale", "kbli_prefixes", "nib");

