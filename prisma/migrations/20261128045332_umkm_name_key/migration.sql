-- DropIndex
DROP INDEX "umkm_district_code_idx";

-- AlterTable
ALTER TABLE "umkm" ADD COLUMN     "name_key" TEXT;

-- CreateIndex
CREATE INDEX "umkm_district_code_name_key_idx" ON "umkm"("district_code", "name_key");


-- Hand-written: the search-vector trigger also keeps name_key (lower-cased business name with
-- whitespace runs collapsed), so imports find "same name + same kecamatan" through the index
-- above instead of normalising 1.2 million names per check. Same rule as nameKey() in
-- lib/import/umkm-rows.ts.
CREATE OR REPLACE FUNCTION "umkm_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.business_name, '') || ' ' || coalesce(NEW.products_text, ''));
  NEW.name_key := lower(regexp_replace(btrim(NEW.business_name), '\s+', ' ', 'g'));
  RETURN NEW;
END;
$$;

UPDATE "umkm" SET name_key = lower(regexp_replace(btrim(business_name), '\s+', ' ', 'g'));
