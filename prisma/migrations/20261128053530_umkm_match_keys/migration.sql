-- AlterTable
ALTER TABLE "umkm" ADD COLUMN     "match_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "umkm_match_keys_idx" ON "umkm" USING GIN ("match_keys");


-- Hand-written: the UMKM trigger also keeps match_keys ("<regency_code>:<KBLI prefix>") for the
-- matching service's slices (lib/matching/retrieve.ts).
CREATE OR REPLACE FUNCTION "umkm_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.business_name, '') || ' ' || coalesce(NEW.products_text, ''));
  NEW.name_key := lower(regexp_replace(btrim(NEW.business_name), '\s+', ' ', 'g'));
  NEW.match_keys := ARRAY(SELECT NEW.regency_code || ':' || prefix FROM unnest(NEW.kbli_prefixes) AS prefix ORDER BY prefix);
  RETURN NEW;
END;
$$;

UPDATE "umkm" SET match_keys = ARRAY(SELECT regency_code || ':' || prefix FROM unnest(kbli_prefixes) AS prefix ORDER BY prefix);
