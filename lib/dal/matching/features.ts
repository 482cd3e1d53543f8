import "server-only";
import type { DbClient } from "@/lib/db";
import { loadHeldDocuments } from "@/lib/dal/paperwork/readiness-source";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { lexemesOf, needTerms, type NeedForMatching } from "@/lib/matching/features";
import type { CandidateFeatures, NeedProfile } from "@/lib/matching/score";

// Reads what scoring needs — of one need, and of a bounded set of UMKM — in a few indexed
// queries. Never reads the registry as a whole: callers pass the ids they retrieved. The
// features themselves are computed by lib/matching/features.ts (pure).

type NeedRow = {
  kbli_codes: string[];
  delivery_regency_code: string;
  min_scale: UmkmScale;
  max_scale: UmkmScale;
  slots: number;
  estimated_value_rp: bigint | null;
  period_start: Date;
  period_end: Date;
  title_terms: string[];
  description_terms: string[];
  place_terms: string[];
};

/**
 * Lexemes that name a place, not a product (DESIGN.md "Matching service", text component): the
 * firm's name, legal name, address and the site named in brackets in its sector ("Tambang Emas
 * Martabe"), plus every kabupaten/kota and kecamatan name of the delivery province that the
 * need's title or description mentions as a phrase ("Kuala", "Pangkalan Susu": the phrase, so a
 * need for "susu" alone keeps its product word). Kabupaten/kota names without "Kabupaten"/"Kota".
 */
const PLACE_TERMS_SQL = `ARRAY(
  SELECT t.lexeme FROM unnest(to_tsvector('indonesian',
           c.name || ' ' || c.legal_name || ' ' || c.address || ' ' || coalesce(substring(c.sector from '\\(([^)]*)\\)'), ''))) t
  UNION
  SELECT t.lexeme
    FROM (SELECT regexp_replace(r.name, '^(Kabupaten|Kota) ', '') AS place FROM regencies r
           WHERE r.province_code = left(n.delivery_regency_code, 2)
          UNION
          SELECT d.name FROM districts d JOIN regencies r ON r.code = d.regency_code
           WHERE r.province_code = left(n.delivery_regency_code, 2)) places,
         unnest(to_tsvector('indonesian', places.place)) t
   WHERE to_tsvector('indonesian', n.title || ' ' || n.description) @@ phraseto_tsquery('indonesian', places.place)
)`;

/** The need's matching profile, or null when it does not exist. Terms: stemmed title words first, then the description's, minus place words. */
export async function loadNeedProfile(client: DbClient, needId: string): Promise<NeedForMatching | null> {
  const rows = await client.$queryRawUnsafe<NeedRow[]>(
    `SELECT n.delivery_regency_code, n.min_scale, n.max_scale, n.slots, n.estimated_value_rp, n.period_start, n.period_end,
            ARRAY(SELECT code FROM supply_need_kbli k WHERE k.need_id = n.id ORDER BY code) AS kbli_codes,
            ARRAY(SELECT t.lexeme FROM unnest(to_tsvector('indonesian', n.title)) t ORDER BY t.positions[1], t.lexeme) AS title_terms,
            ARRAY(SELECT t.lexeme FROM unnest(to_tsvector('indonesian', n.description)) t ORDER BY t.positions[1], t.lexeme) AS description_terms,
            ${PLACE_TERMS_SQL} AS place_terms
       FROM supply_needs n JOIN companies c ON c.id = n.company_id WHERE n.id = $1::uuid`,
    needId,
  );
  const row = rows[0];
  if (!row) return null;
  const documents = await client.supplyNeedDocument.findMany({
    where: { needId },
    select: { documentTypeId: true, documentType: { select: { code: true } } },
  });
  return {
    id: needId,
    kbliCodes: row.kbli_codes,
    deliveryRegencyCode: row.delivery_regency_code,
    terms: needTerms(row.title_terms, row.description_terms, new Set(row.place_terms)),
    slots: row.slots,
    estimatedValueRp: row.estimated_value_rp,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    requiredDocuments: documents
      .map((d) => ({ documentTypeId: d.documentTypeId, code: d.documentType.code }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    minScale: row.min_scale,
    maxScale: row.max_scale,
  };
}

type FeatureRow = {
  id: string;
  kbli_prefixes: string[];
  regency_code: string;
  regency_name: string;
  lexemes: string | null;
  capacity: number;
  annual_sales_rp: bigint;
  scale: UmkmScale;
  commitments: number;
  partnerships: number;
  nominated: boolean;
};

/** Scoring features of the given UMKM (a bounded list of ids), keyed by id. */
export async function loadCandidateFeatures(
  client: DbClient,
  need: NeedProfile,
  umkmIds: readonly string[],
): Promise<Map<string, CandidateFeatures>> {
  if (umkmIds.length === 0) return new Map();
  const rows = await client.$queryRawUnsafe<FeatureRow[]>(
    `SELECT u.id::text, u.kbli_prefixes, u.regency_code, r.name AS regency_name, u.search_vector::text AS lexemes, u.capacity,
            u.annual_sales_rp, u.scale,
            coalesce(m.commitments, 0)::int AS commitments, coalesce(m.partnerships, 0)::int AS partnerships,
            EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = u.id AND n.status = 'VERIFIED') AS nominated
       FROM umkm u
       JOIN regencies r ON r.code = u.regency_code
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE status IN ('APPROVED', 'ACCEPTED', 'AGREEMENT_SIGNED')) AS commitments,
                count(*) FILTER (WHERE status IN ('ACCEPTED', 'AGREEMENT_SIGNED')) AS partnerships
           FROM matches WHERE umkm_id = u.id
       ) m ON true
      WHERE u.id = ANY($1::uuid[])`,
    umkmIds,
  );
  // The same reading of paperwork as every readiness panel (an NIB on the profile is its ISSUED NIB item).
  const heldByUmkm = await loadHeldDocuments(
    client,
    umkmIds,
    need.requiredDocuments.map((d) => d.documentTypeId),
  );
  const features = new Map<string, CandidateFeatures>();
  for (const row of rows) {
    const held = heldByUmkm.get(row.id) ?? [];
    features.set(row.id, {
      umkmId: row.id,
      kbliPrefixes: row.kbli_prefixes,
      regencyCode: row.regency_code,
      regencyName: row.regency_name,
      lexemes: lexemesOf(row.lexemes),
      capacity: row.capacity,
      annualSalesRp: row.annual_sales_rp,
      scale: row.scale,
      commitments: row.commitments,
      partnerships: row.partnerships,
      isNominated: row.nominated,
      held,
    });
  }
  return features;
}
