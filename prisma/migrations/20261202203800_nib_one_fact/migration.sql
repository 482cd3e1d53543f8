-- An NIB recorded on a UMKM's profile and its NIB paperwork item are one fact (DESIGN.md
-- "Paperwork item"); an issued document closes the assistance case that was helping with it.
--
-- Part 1 brings existing rows to the rule, set-based (no per-row trigger is installed yet):
--   a. an ISSUED NIB item on a profile without an NIB fills the profile (the rule the portal
--      already had), unless another UMKM holds that number: then the item becomes REJECTED
--      with a note, because a number can belong to one business only;
--   b. a profile NIB without an ISSUED NIB item gets one (created, or the existing item moved
--      to ISSUED), number = the profile's, issued_on = the day the profile last changed
--      (WIB; the portal knew of the NIB by then, not necessarily earlier), source REGISTRY;
--   c. an ISSUED item whose number differs from the profile's takes the profile's number (the
--      profile's is unique in the registry; the item's issue date is kept);
--   d. OPEN/IN_PROGRESS assistance cases whose document is already ISSUED are resolved, and
--      their officer fills the item's assisting officer when it is empty.
-- Every changed item gets a paperwork_history row and an audit event (actor NULL: the system).
-- Part 2 installs the triggers that keep it so (see ARCHITECTURE.md "Paperwork, readiness").

-- a. ISSUED NIB item, profile empty.
CREATE TEMP TABLE "nib_fill" ON COMMIT DROP AS
SELECT DISTINCT ON (p.number) p.id AS item_id, p.umkm_id, p.number
  FROM paperwork_items p JOIN umkm u ON u.id = p.umkm_id
 WHERE p.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB')
   AND p.status = 'ISSUED' AND u.nib IS NULL AND p.number ~ '^[0-9]{13}$'
   AND NOT EXISTS (SELECT 1 FROM umkm o WHERE o.nib = p.number)
 ORDER BY p.number, p.issued_on, p.id;

UPDATE umkm u SET nib = f.number, version = u.version + 1, updated_at = now() AT TIME ZONE 'UTC'
  FROM nib_fill f WHERE u.id = f.umkm_id;

INSERT INTO audit_events (actor_id, action, entity_type, entity_id, data)
SELECT NULL, 'umkm.nib_from_paperwork', 'umkm', f.umkm_id::text, jsonb_build_object('nib', f.number, 'via', 'migration')
  FROM nib_fill f;

CREATE TEMP TABLE "nib_orphan" ON COMMIT DROP AS
SELECT p.id AS item_id, p.number
  FROM paperwork_items p JOIN umkm u ON u.id = p.umkm_id
 WHERE p.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB')
   AND p.status = 'ISSUED' AND u.nib IS NULL;

UPDATE paperwork_items p
   SET status = 'REJECTED', version = p.version + 1, updated_at = now() AT TIME ZONE 'UTC',
       notes = concat_ws(E'\n', p.notes, 'NIB ini tercatat untuk UMKM lain; periksa nomornya lalu catat ulang.')
  FROM nib_orphan o WHERE p.id = o.item_id;

INSERT INTO paperwork_history (item_id, from_status, to_status, changed_by_id, changes, note)
SELECT o.item_id, 'ISSUED', 'REJECTED', NULL, '{}'::jsonb, 'NIB number belongs to another UMKM (migration nib_one_fact)'
  FROM nib_orphan o;

INSERT INTO audit_events (actor_id, action, entity_type, entity_id, from_status, to_status, data)
SELECT NULL, 'paperwork.update', 'paperwork_item', o.item_id::text, 'ISSUED', 'REJECTED',
       jsonb_build_object('documentCode', 'NIB', 'via', 'migration', 'reason', 'nibTaken')
  FROM nib_orphan o;

-- b + c. Profile NIB without a matching ISSUED item.
CREATE TEMP TABLE "nib_plan" ON COMMIT DROP AS
SELECT u.id AS umkm_id, u.nib::text AS nib, ((u.updated_at + interval '7 hours'))::date AS recorded_on,
       p.id AS item_id, p.status AS from_status, p.number AS old_number, p.issued_on AS old_issued_on
  FROM umkm u
  LEFT JOIN paperwork_items p ON p.umkm_id = u.id AND p.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB')
 WHERE u.nib IS NOT NULL
   AND EXISTS (SELECT 1 FROM document_types WHERE code = 'NIB')
   AND (p.id IS NULL OR p.status <> 'ISSUED' OR p.number IS DISTINCT FROM u.nib::text);

UPDATE paperwork_items p
   SET status = 'ISSUED', number = n.nib,
       issued_on = CASE WHEN n.from_status IN ('ISSUED', 'EXPIRED') THEN coalesce(p.issued_on, n.recorded_on) ELSE n.recorded_on END,
       expires_on = CASE WHEN n.from_status = 'ISSUED' THEN p.expires_on ELSE NULL END,
       issuer = coalesce(p.issuer, (SELECT issuer FROM document_types WHERE code = 'NIB')),
       source = 'REGISTRY', version = p.version + 1, updated_at = now() AT TIME ZONE 'UTC'
  FROM nib_plan n WHERE p.id = n.item_id;

INSERT INTO paperwork_items (umkm_id, document_type_id, status, number, issuer, issued_on, source, updated_at)
SELECT n.umkm_id, t.id, 'ISSUED', n.nib, t.issuer, n.recorded_on, 'REGISTRY', now() AT TIME ZONE 'UTC'
  FROM nib_plan n CROSS JOIN (SELECT id, issuer FROM document_types WHERE code = 'NIB') t
 WHERE n.item_id IS NULL;

INSERT INTO paperwork_history (item_id, from_status, to_status, changed_by_id, changes, note)
SELECT p.id, n.from_status, 'ISSUED', NULL,
       jsonb_build_object('number', jsonb_build_array(n.old_number, n.nib),
                          'issuedOn', jsonb_build_array(to_char(n.old_issued_on, 'YYYY-MM-DD'), to_char(p.issued_on, 'YYYY-MM-DD')),
                          'source', jsonb_build_array(NULL, 'REGISTRY')),
       'NIB from the UMKM profile (migration nib_one_fact)'
  FROM nib_plan n JOIN paperwork_items p ON p.umkm_id = n.umkm_id AND p.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB');

INSERT INTO audit_events (actor_id, action, entity_type, entity_id, from_status, to_status, data)
SELECT NULL, CASE WHEN n.item_id IS NULL THEN 'paperwork.create' ELSE 'paperwork.update' END, 'paperwork_item', p.id::text,
       n.from_status::text, 'ISSUED', jsonb_build_object('umkmId', n.umkm_id, 'documentCode', 'NIB', 'source', 'REGISTRY', 'via', 'migration')
  FROM nib_plan n JOIN paperwork_items p ON p.umkm_id = n.umkm_id AND p.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB');

-- d. Active cases of documents already issued.
CREATE TEMP TABLE "case_done" ON COMMIT DROP AS
SELECT c.id AS case_id, c.status AS from_status, p.id AS item_id, coalesce(c.assignee_id, c.opened_by_id) AS officer_id
  FROM assistance_cases c
  JOIN paperwork_items p ON p.umkm_id = c.umkm_id AND p.document_type_id = c.document_type_id AND p.status = 'ISSUED'
 WHERE c.status IN ('OPEN', 'IN_PROGRESS');

UPDATE assistance_cases c SET status = 'RESOLVED', closed_at = now() AT TIME ZONE 'UTC', updated_at = now() AT TIME ZONE 'UTC', version = c.version + 1
  FROM case_done d WHERE c.id = d.case_id;

UPDATE paperwork_items p SET assisting_officer_id = d.officer_id, version = p.version + 1, updated_at = now() AT TIME ZONE 'UTC'
  FROM case_done d WHERE p.id = d.item_id AND p.assisting_officer_id IS NULL AND d.officer_id IS NOT NULL;

INSERT INTO audit_events (actor_id, action, entity_type, entity_id, from_status, to_status, data)
SELECT NULL, 'case.resolve', 'assistance_case', d.case_id::text, d.from_status::text, 'RESOLVED',
       jsonb_build_object('outcome', 'DOCUMENT_ISSUED', 'paperworkItemId', d.item_id, 'via', 'migration')
  FROM case_done d;

-- Part 2. The triggers.

-- Profile → item. A CONSTRAINT trigger deferred to COMMIT: a writer that records the NIB item
-- itself in the same transaction (the demo seed, with its issue date) is left alone, and bulk
-- loads (COPY, INSERT … SELECT) pay one call per UMKM that has an NIB. It reads the row as it
-- is at commit. Actor and source come from the transaction's settings `portal.actor_id` and
-- `portal.nib_source` (lib/dal/write-context.ts); unset = system actor, source PROFILE.
CREATE FUNCTION "umkm_nib_item_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  nib_now text;
  nib_type RECORD;
  item RECORD;
  new_item uuid;
  actor uuid := nullif(current_setting('portal.actor_id', true), '')::uuid;
  src "PaperworkSource" := coalesce(nullif(current_setting('portal.nib_source', true), ''), 'PROFILE')::"PaperworkSource";
  stamp timestamp(3) := now() AT TIME ZONE 'UTC';
  recorded date := ((now() AT TIME ZONE 'UTC') + interval '7 hours')::date;
BEGIN
  SELECT u.nib::text INTO nib_now FROM umkm u WHERE u.id = NEW.id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT id, issuer INTO nib_type FROM document_types WHERE code = 'NIB';
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT id, status, number, issued_on INTO item FROM paperwork_items
   WHERE umkm_id = NEW.id AND document_type_id = nib_type.id FOR UPDATE;
  IF NOT FOUND THEN
    IF nib_now IS NULL THEN RETURN NULL; END IF;
    INSERT INTO paperwork_items (umkm_id, document_type_id, status, number, issuer, issued_on, source, updated_at)
    VALUES (NEW.id, nib_type.id, 'ISSUED', nib_now, nib_type.issuer, recorded, src, stamp)
    RETURNING id INTO new_item;
    INSERT INTO paperwork_history (item_id, from_status, to_status, changed_by_id, changes)
    VALUES (new_item, NULL, 'ISSUED', actor, jsonb_build_object('number', jsonb_build_array(NULL, nib_now),
            'issuedOn', jsonb_build_array(NULL, to_char(recorded, 'YYYY-MM-DD')), 'source', jsonb_build_array(NULL, src::text)));
    INSERT INTO audit_events (actor_id, action, entity_type, entity_id, to_status, data)
    VALUES (actor, 'paperwork.create', 'paperwork_item', new_item::text, 'ISSUED',
            jsonb_build_object('umkmId', NEW.id, 'documentTypeId', nib_type.id, 'documentCode', 'NIB', 'source', src::text));
    RETURN NULL;
  END IF;
  IF nib_now IS NULL THEN
    IF item.status = 'ISSUED' THEN
      RAISE EXCEPTION 'UMKM % holds an issued NIB paperwork item; its NIB cannot be removed from the profile', NEW.id
        USING ERRCODE = 'check_violation', CONSTRAINT = 'umkm_nib_item_check';
    END IF;
    RETURN NULL;
  END IF;
  IF item.status = 'ISSUED' AND item.number = nib_now THEN RETURN NULL; END IF;
  UPDATE paperwork_items
     SET status = 'ISSUED', number = nib_now,
         issued_on = CASE WHEN item.status = 'ISSUED' THEN item.issued_on ELSE recorded END,
         expires_on = CASE WHEN item.status = 'ISSUED' THEN expires_on ELSE NULL END,
         issuer = coalesce(issuer, nib_type.issuer), source = src, version = version + 1, updated_at = stamp
   WHERE id = item.id;
  INSERT INTO paperwork_history (item_id, from_status, to_status, changed_by_id, changes)
  VALUES (item.id, item.status, 'ISSUED', actor, jsonb_build_object('number', jsonb_build_array(item.number, nib_now), 'source', jsonb_build_array(NULL, src::text)));
  INSERT INTO audit_events (actor_id, action, entity_type, entity_id, from_status, to_status, data)
  VALUES (actor, 'paperwork.update', 'paperwork_item', item.id::text, item.status::text, 'ISSUED',
          jsonb_build_object('umkmId', NEW.id, 'documentTypeId', nib_type.id, 'documentCode', 'NIB', 'source', src::text));
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "umkm_nib_item_on_insert" AFTER INSERT ON "umkm"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.nib IS NOT NULL)
  EXECUTE FUNCTION "umkm_nib_item_sync"();
CREATE CONSTRAINT TRIGGER "umkm_nib_item_on_update" AFTER UPDATE OF nib ON "umkm"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.nib IS DISTINCT FROM NEW.nib)
  EXECUTE FUNCTION "umkm_nib_item_sync"();

-- An item becoming (or saved as) ISSUED: the officer of the document's active assistance case
-- becomes its assisting officer when none is named.
CREATE FUNCTION "paperwork_item_assisting_officer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT coalesce(c.assignee_id, c.opened_by_id) INTO NEW.assisting_officer_id
    FROM assistance_cases c
   WHERE c.umkm_id = NEW.umkm_id AND c.document_type_id = NEW.document_type_id AND c.status IN ('OPEN', 'IN_PROGRESS')
   ORDER BY c.created_at LIMIT 1;
  RETURN NEW;
END $$;

CREATE TRIGGER "paperwork_item_assisting_officer" BEFORE INSERT OR UPDATE ON "paperwork_items"
  FOR EACH ROW WHEN (NEW.status = 'ISSUED' AND NEW.assisting_officer_id IS NULL)
  EXECUTE FUNCTION "paperwork_item_assisting_officer"();

-- An ISSUED item resolves its document's active assistance cases (audited `case.resolve`,
-- outcome DOCUMENT_ISSUED) and, for the NIB, is the profile's NIB (item → profile; the profile →
-- item direction is umkm_nib_item_sync).
CREATE FUNCTION "paperwork_item_issued"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c RECORD;
  profile_nib text;
  actor uuid := nullif(current_setting('portal.actor_id', true), '')::uuid;
  stamp timestamp(3) := now() AT TIME ZONE 'UTC';
BEGIN
  FOR c IN SELECT id, status FROM assistance_cases
            WHERE umkm_id = NEW.umkm_id AND document_type_id = NEW.document_type_id AND status IN ('OPEN', 'IN_PROGRESS') FOR UPDATE
  LOOP
    UPDATE assistance_cases SET status = 'RESOLVED', closed_at = stamp, updated_at = stamp, version = version + 1 WHERE id = c.id;
    INSERT INTO audit_events (actor_id, action, entity_type, entity_id, from_status, to_status, data)
    VALUES (actor, 'case.resolve', 'assistance_case', c.id::text, c.status::text, 'RESOLVED',
            jsonb_build_object('outcome', 'DOCUMENT_ISSUED', 'paperworkItemId', NEW.id, 'number', NEW.number));
  END LOOP;
  IF NEW.document_type_id = (SELECT id FROM document_types WHERE code = 'NIB') THEN
    SELECT nib::text INTO profile_nib FROM umkm WHERE id = NEW.umkm_id;
    IF profile_nib IS DISTINCT FROM NEW.number THEN
      UPDATE umkm SET nib = NEW.number, version = version + 1, updated_at = stamp WHERE id = NEW.umkm_id;
      INSERT INTO audit_events (actor_id, action, entity_type, entity_id, data)
      VALUES (actor, 'umkm.nib_from_paperwork', 'umkm', NEW.umkm_id::text, jsonb_build_object('nib', NEW.number, 'before', profile_nib));
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "paperwork_item_issued" AFTER INSERT OR UPDATE ON "paperwork_items"
  FOR EACH ROW WHEN (NEW.status = 'ISSUED')
  EXECUTE FUNCTION "paperwork_item_issued"();
