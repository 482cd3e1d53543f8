-- CreateTable
CREATE TABLE "umkm_counts" (
    "regency_code" VARCHAR(5) NOT NULL,
    "scale" "UmkmScale" NOT NULL,
    "has_nib" BOOLEAN NOT NULL,
    "is_active" BOOLEAN NOT NULL,
    "n" BIGINT NOT NULL,

    CONSTRAINT "umkm_counts_pkey" PRIMARY KEY ("regency_code","scale","has_nib","is_active")
);

-- Maintained registry aggregate (ARCHITECTURE.md "Programme figures"): the landing page and the
-- dashboards read these few hundred rows instead of counting 1.2 million UMKM per request.
--
-- Kept by STATEMENT-level AFTER triggers with transition tables: one grouped upsert per statement
-- whatever the number of rows, so COPY (the synthetic generator), the import commit's
-- INSERT … SELECT and bulk deletes stay set-based. The upsert walks its keys in primary-key order
-- (ORDER BY), so two statements touching the same counters lock them in the same order and
-- cannot deadlock on them. An UPDATE that changes no counted column upserts nothing (HAVING).
-- Counter rows are locked until the writing transaction ends: a long import serialises other
-- writes to the same (kabupaten/kota, scale, NIB, active) counter until it commits.
-- No CHECK (n >= 0): PostgreSQL checks the proposed row of INSERT … ON CONFLICT before the
-- conflict, so a negative delta would be refused; the tests compare with brute-force counts.

CREATE FUNCTION umkm_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO umkm_counts AS c (regency_code, scale, has_nib, is_active, n)
    SELECT regency_code, scale, nib IS NOT NULL, is_active, count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (regency_code, scale, has_nib, is_active) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO umkm_counts AS c (regency_code, scale, has_nib, is_active, n)
    SELECT regency_code, scale, nib IS NOT NULL, is_active, -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (regency_code, scale, has_nib, is_active) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO umkm_counts AS c (regency_code, scale, has_nib, is_active, n)
    SELECT regency_code, scale, has_nib, is_active, sum(d)
      FROM (SELECT regency_code, scale, nib IS NOT NULL AS has_nib, is_active, 1 AS d FROM new_rows
            UNION ALL
            SELECT regency_code, scale, nib IS NOT NULL, is_active, -1 FROM old_rows) AS delta
     GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (regency_code, scale, has_nib, is_active) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION umkm_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM umkm_counts;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger. Installed before the initial count: CREATE
-- TRIGGER locks umkm against writes until this migration commits, so none is missed.
CREATE TRIGGER umkm_counts_insert AFTER INSERT ON umkm REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION umkm_counts_apply();
CREATE TRIGGER umkm_counts_update AFTER UPDATE ON umkm REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION umkm_counts_apply();
CREATE TRIGGER umkm_counts_delete AFTER DELETE ON umkm REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION umkm_counts_apply();
CREATE TRIGGER umkm_counts_truncate AFTER TRUNCATE ON umkm
  FOR EACH STATEMENT EXECUTE FUNCTION umkm_counts_reset();

-- Initial counts, set-based (one sequential scan of umkm).
INSERT INTO umkm_counts (regency_code, scale, has_nib, is_active, n)
SELECT regency_code, scale, nib IS NOT NULL, is_active, count(*) FROM umkm GROUP BY 1, 2, 3, 4;
