-- CreateTable
CREATE TABLE "paperwork_counts" (
    "document_type_id" UUID NOT NULL,
    "status" "PaperworkStatus" NOT NULL,
    "source" "PaperworkSource" NOT NULL,
    "issued_month" INTEGER NOT NULL,
    "n" BIGINT NOT NULL,

    CONSTRAINT "paperwork_counts_pkey" PRIMARY KEY ("document_type_id","status","source","issued_month")
);

-- Maintained paperwork aggregate, kept exactly like umkm_counts (migration umkm_counts: statement-
-- level AFTER triggers with transition tables, one grouped upsert per statement in key order).
-- issued_month = YYYYMM of issued_on, 0 when the item has no issue date. The province paperwork
-- figures (NIB holders at the programme's start, documents issued per month) sum these rows.

CREATE FUNCTION paperwork_issued_month(issued_on date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce((extract(year FROM issued_on) * 100 + extract(month FROM issued_on))::integer, 0);

CREATE FUNCTION paperwork_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO paperwork_counts AS c (document_type_id, status, source, issued_month, n)
    SELECT document_type_id, status, source, paperwork_issued_month(issued_on), count(*)
      FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (document_type_id, status, source, issued_month) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO paperwork_counts AS c (document_type_id, status, source, issued_month, n)
    SELECT document_type_id, status, source, paperwork_issued_month(issued_on), -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (document_type_id, status, source, issued_month) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    INSERT INTO paperwork_counts AS c (document_type_id, status, source, issued_month, n)
    SELECT document_type_id, status, source, issued_month, sum(d)
      FROM (SELECT document_type_id, status, source, paperwork_issued_month(issued_on) AS issued_month, 1 AS d FROM new_rows
            UNION ALL
            SELECT document_type_id, status, source, paperwork_issued_month(issued_on), -1 FROM old_rows) AS delta
     GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (document_type_id, status, source, issued_month) DO UPDATE SET n = c.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION paperwork_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM paperwork_counts;
  RETURN NULL;
END $$;

CREATE TRIGGER paperwork_counts_insert AFTER INSERT ON paperwork_items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION paperwork_counts_apply();
CREATE TRIGGER paperwork_counts_update AFTER UPDATE ON paperwork_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION paperwork_counts_apply();
CREATE TRIGGER paperwork_counts_delete AFTER DELETE ON paperwork_items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION paperwork_counts_apply();
CREATE TRIGGER paperwork_counts_truncate AFTER TRUNCATE ON paperwork_items
  FOR EACH STATEMENT EXECUTE FUNCTION paperwork_counts_reset();

-- Initial counts, set-based, after the triggers (which lock paperwork_items until this commits).
INSERT INTO paperwork_counts (document_type_id, status, source, issued_month, n)
SELECT document_type_id, status, source, paperwork_issued_month(issued_on), count(*) FROM paperwork_items GROUP BY 1, 2, 3, 4;
