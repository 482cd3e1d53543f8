-- AlterTable
ALTER TABLE "umkm" ADD COLUMN     "match_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "umkm_match_keys_idx" ON "umkm" USING GIN ("match_keys");


-- Hand-written: the UMKM trigger also keeps match_keys for the matching service's slices
-- (lib/matching/retrieve.ts): "<regency_code>:<KBLI prefix>" for every prefix, and the same key
-- with ":nib" for businesses holding an NIB, so "this kabupaten × this KBLI level (with an NIB)"
-- is one GIN lookup.
CREATE OR REPLACE FUNCTION "umkm_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.business_name, '') || ' ' || coalesce(NEW.products_text, ''));
  NEW.name_key := lower(regexp_replace(btrim(NEW.business_name), '\s+', ' ', 'g'));
  NEW.match_keys := ARRAY(
    SELECT key FROM unnest(NEW.kbli_prefixes) AS prefix,
      LATERAL (VALUES (NEW.regency_code || ':' || prefix), (CASE WHEN NEW.nib IS NOT NULL THEN NEW.regency_code || ':' || prefix || ':nib' END)) AS k(key)
    WHERE key IS NOT NULL ORDER BY key);
  RETURN NEW;
END;
$$;

-- Fill existing rows (the trigger computes the value).
UPDATE "umkm" SET match_keys = '{}';
