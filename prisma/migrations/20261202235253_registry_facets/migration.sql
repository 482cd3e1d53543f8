-- DropIndex
DROP INDEX "umkm_registry_walk_idx";

-- DropIndex
DROP INDEX "umkm_scale_idx";

-- AlterTable
ALTER TABLE "umkm" ADD COLUMN     "registry_facets" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Hand-written: the registry's filter keys (lib/dal/umkm/umkm-registry-query.ts facetKeys):
-- every KBLI prefix, "s:<scale>", "nib" or "nonib", "r:<regency_code>", "d:<district_code>".
-- One function for the trigger and for filling existing rows, so the two cannot disagree.
CREATE FUNCTION "umkm_registry_facets"(prefixes text[], scale "UmkmScale", nib text, regency text, district text)
RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(prefixes, '{}'::text[])
    || ARRAY['s:' || scale::text, CASE WHEN nib IS NULL THEN 'nonib' ELSE 'nib' END, 'r:' || regency, 'd:' || district]
$$;

-- The UMKM trigger (last written by 20261128053530_umkm_match_keys) also keeps registry_facets.
CREATE OR REPLACE FUNCTION "umkm_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.business_name, '') || ' ' || coalesce(NEW.products_text, ''));
  NEW.name_key := lower(regexp_replace(btrim(NEW.business_name), '\s+', ' ', 'g'));
  NEW.match_keys := ARRAY(
    SELECT key FROM unnest(NEW.kbli_prefixes) AS prefix,
      LATERAL (VALUES (NEW.regency_code || ':' || prefix), (CASE WHEN NEW.nib IS NOT NULL THEN NEW.regency_code || ':' || prefix || ':nib' END)) AS k(key)
    WHERE key IS NOT NULL ORDER BY key);
  NEW.registry_facets := umkm_registry_facets(NEW.kbli_prefixes, NEW.scale, NEW.nib, NEW.regency_code, NEW.district_code);
  RETURN NEW;
END;
$$;

-- Fill existing rows set-based, before the indexes exist (one sort per index afterwards instead of
-- a million index inserts). The trigger is off meanwhile: it would recompute the search vector
-- and match keys of every row, which do not change. The UPDATE leaves a dead copy of every row:
-- on a large registry run `npm run db:cluster-umkm` afterwards (rewrites the table and its indexes).
ALTER TABLE "umkm" DISABLE TRIGGER "umkm_search_vector";
UPDATE "umkm" SET registry_facets = umkm_registry_facets(kbli_prefixes, scale, nib, regency_code, district_code);
ALTER TABLE "umkm" ENABLE TRIGGER "umkm_search_vector";

-- CreateIndex
CREATE INDEX "umkm_registry_walk_idx" ON "umkm"("regency_code", "id", "registry_facets");

-- CreateIndex
CREATE INDEX "umkm_registry_district_walk_idx" ON "umkm"("district_code", "id", "registry_facets");

-- CreateIndex
CREATE INDEX "umkm_registry_facets_idx" ON "umkm" USING GIN ("registry_facets");
