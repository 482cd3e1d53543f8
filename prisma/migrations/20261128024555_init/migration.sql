-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'PMPTSP_OFFICER', 'DISKOP_STAFF', 'COMPANY_STAFF', 'UMKM_OWNER');

-- CreateEnum
CREATE TYPE "RegencyType" AS ENUM ('KABUPATEN', 'KOTA');

-- CreateEnum
CREATE TYPE "KbliVersion" AS ENUM ('KBLI_2020', 'KBLI_2025');

-- CreateEnum
CREATE TYPE "InvestmentType" AS ENUM ('PMA', 'PMDN', 'BUMN');

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('DRAFT', 'OPEN', 'MATCHING', 'FILLED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('ONE_OFF', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY');

-- CreateEnum
CREATE TYPE "UmkmScale" AS ENUM ('MIKRO', 'KECIL', 'MENENGAH', 'BESAR');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('PROPOSED', 'VERIFIED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'SHORTLISTED', 'APPROVED', 'ACCEPTED', 'DECLINED', 'AGREEMENT_SIGNED', 'ENDED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PolaKemitraan" AS ENUM ('INTI_PLASMA', 'SUBKONTRAK', 'WARALABA', 'PERDAGANGAN_UMUM', 'DISTRIBUSI_KEAGENAN', 'RANTAI_PASOK', 'BAGI_HASIL', 'KERJA_SAMA_OPERASIONAL', 'USAHA_PATUNGAN', 'PENYUMBERLUARAN');

-- CreateEnum
CREATE TYPE "PaperworkStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'ISSUED', 'REJECTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATING', 'VALIDATED', 'IMPORTING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "company_id" UUID,
    "umkm_id" UUID,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provinces" (
    "code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "regencies" (
    "code" VARCHAR(5) NOT NULL,
    "province_code" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "type" "RegencyType" NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),

    CONSTRAINT "regencies_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "districts" (
    "code" VARCHAR(8) NOT NULL,
    "regency_code" VARCHAR(5) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "districts_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "kbli_codes" (
    "version" "KbliVersion" NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "level" SMALLINT NOT NULL,
    "title_id" TEXT NOT NULL,
    "title_en" TEXT,
    "parent_code" VARCHAR(5),
    "is_active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "kbli_codes_pkey" PRIMARY KEY ("version","code")
);

-- CreateTable
CREATE TABLE "document_types" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "expires" BOOLEAN NOT NULL DEFAULT false,
    "validity_months" INTEGER,
    "number_pattern" TEXT,
    "steps_id" TEXT NOT NULL DEFAULT '',
    "steps_en" TEXT NOT NULL DEFAULT '',
    "kbli_prefixes" TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "document_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "matching_weights" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "version" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "note" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "matching_weights_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "legal_name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "investment_type" "InvestmentType" NOT NULL,
    "regency_code" VARCHAR(5) NOT NULL,
    "address" TEXT NOT NULL,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "website" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_needs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "NeedStatus" NOT NULL DEFAULT 'DRAFT',
    "delivery_regency_code" VARCHAR(5) NOT NULL,
    "quantity" DECIMAL(14,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "frequency" "Frequency" NOT NULL,
    "estimated_value_rp" BIGINT,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "response_deadline" DATE NOT NULL,
    "slots" INTEGER NOT NULL DEFAULT 1,
    "min_scale" "UmkmScale" NOT NULL DEFAULT 'MIKRO',
    "max_scale" "UmkmScale" NOT NULL DEFAULT 'MENENGAH',
    "created_by_id" UUID,
    "recorded_on_behalf" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "supply_needs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supply_need_kbli" (
    "need_id" UUID NOT NULL,
    "kbli_version" "KbliVersion" NOT NULL,
    "code" VARCHAR(5) NOT NULL,

    CONSTRAINT "supply_need_kbli_pkey" PRIMARY KEY ("need_id","kbli_version","code")
);

-- CreateTable
CREATE TABLE "supply_need_documents" (
    "need_id" UUID NOT NULL,
    "document_type_id" UUID NOT NULL,

    CONSTRAINT "supply_need_documents_pkey" PRIMARY KEY ("need_id","document_type_id")
);

-- CreateTable
CREATE TABLE "need_attachments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "need_id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "need_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "created_by_id" UUID,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "umkm" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_name" TEXT NOT NULL,
    "owner_name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "nib" CHAR(13),
    "npwp" VARCHAR(16),
    "products_text" TEXT NOT NULL,
    "regency_code" VARCHAR(5) NOT NULL,
    "district_code" VARCHAR(8) NOT NULL,
    "address" TEXT,
    "capital_rp" BIGINT NOT NULL,
    "annual_sales_rp" BIGINT NOT NULL,
    "scale" "UmkmScale" NOT NULL,
    "employees" INTEGER,
    "year_established" SMALLINT,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "kbli_prefixes" TEXT[],
    "created_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "umkm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "umkm_kbli" (
    "umkm_id" UUID NOT NULL,
    "kbli_version" "KbliVersion" NOT NULL,
    "code" VARCHAR(5) NOT NULL,

    CONSTRAINT "umkm_kbli_pkey" PRIMARY KEY ("umkm_id","kbli_version","code")
);

-- CreateTable
CREATE TABLE "nominations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "umkm_id" UUID NOT NULL,
    "status" "NominationStatus" NOT NULL DEFAULT 'PROPOSED',
    "reason" TEXT NOT NULL,
    "readiness_notes" TEXT,
    "target_kbli" TEXT[],
    "nominated_by_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "decision_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "nominations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "matches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "need_id" UUID NOT NULL,
    "umkm_id" UUID NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "score" DECIMAL(5,2) NOT NULL,
    "score_breakdown" JSONB NOT NULL,
    "weights_id" UUID,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMP(3),
    "decision_reason" TEXT,
    "umkm_confirmed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "matches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partnerships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "match_id" UUID NOT NULL,
    "pattern" "PolaKemitraan" NOT NULL,
    "value_rp" BIGINT NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "signed_at" DATE NOT NULL,
    "recorded_by_id" UUID,
    "ended_at" TIMESTAMP(3),
    "end_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partnerships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paperwork_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "umkm_id" UUID NOT NULL,
    "document_type_id" UUID NOT NULL,
    "status" "PaperworkStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "number" TEXT,
    "issuer" TEXT,
    "issued_on" DATE,
    "expires_on" DATE,
    "assisting_officer_id" UUID,
    "notes" TEXT,
    "scan_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "paperwork_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paperwork_history" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "from_status" "PaperworkStatus",
    "to_status" "PaperworkStatus" NOT NULL,
    "changed_by_id" UUID,
    "changes" JSONB,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "paperwork_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assistance_cases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "umkm_id" UUID NOT NULL,
    "document_type_id" UUID NOT NULL,
    "need_id" UUID,
    "opened_by_id" UUID,
    "assignee_id" UUID,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "due_date" DATE,
    "outcome" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "assistance_cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assistance_steps" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "case_id" UUID NOT NULL,
    "author_id" UUID,
    "note" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assistance_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "from_status" TEXT,
    "to_status" TEXT,
    "reason" TEXT,
    "ip" TEXT,
    "data" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB,
    "link" TEXT,
    "dedupe_key" TEXT,
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "created_by_id" UUID,
    "file_name" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATING',
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "valid_rows" INTEGER NOT NULL DEFAULT 0,
    "error_rows" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"("role");

-- CreateIndex
CREATE INDEX "users_company_id_idx" ON "users"("company_id");

-- CreateIndex
CREATE INDEX "users_umkm_id_idx" ON "users"("umkm_id");

-- CreateIndex
CREATE INDEX "regencies_province_code_idx" ON "regencies"("province_code");

-- CreateIndex
CREATE INDEX "districts_regency_code_idx" ON "districts"("regency_code");

-- CreateIndex
CREATE UNIQUE INDEX "districts_code_regency_code_key" ON "districts"("code", "regency_code");

-- CreateIndex
CREATE INDEX "kbli_codes_code_idx" ON "kbli_codes"("code");

-- CreateIndex
CREATE UNIQUE INDEX "document_types_code_key" ON "document_types"("code");

-- CreateIndex
CREATE UNIQUE INDEX "matching_weights_version_key" ON "matching_weights"("version");

-- CreateIndex
CREATE INDEX "companies_name_idx" ON "companies"("name");

-- CreateIndex
CREATE UNIQUE INDEX "companies_legal_name_key" ON "companies"("legal_name");

-- CreateIndex
CREATE INDEX "supply_needs_company_id_status_idx" ON "supply_needs"("company_id", "status");

-- CreateIndex
CREATE INDEX "supply_needs_status_response_deadline_idx" ON "supply_needs"("status", "response_deadline");

-- CreateIndex
CREATE INDEX "supply_needs_delivery_regency_code_idx" ON "supply_needs"("delivery_regency_code");

-- CreateIndex
CREATE INDEX "supply_needs_search_vector_idx" ON "supply_needs" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "supply_need_kbli_code_idx" ON "supply_need_kbli"("code");

-- CreateIndex
CREATE UNIQUE INDEX "need_attachments_storage_key_key" ON "need_attachments"("storage_key");

-- CreateIndex
CREATE INDEX "need_attachments_need_id_idx" ON "need_attachments"("need_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_company_id_idx" ON "api_tokens"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "umkm_nib_key" ON "umkm"("nib");

-- CreateIndex
CREATE INDEX "umkm_regency_code_id_idx" ON "umkm"("regency_code", "id");

-- CreateIndex
CREATE INDEX "umkm_district_code_idx" ON "umkm"("district_code");

-- CreateIndex
CREATE INDEX "umkm_scale_idx" ON "umkm"("scale");

-- CreateIndex
CREATE INDEX "umkm_kbli_prefixes_idx" ON "umkm" USING GIN ("kbli_prefixes");

-- CreateIndex
CREATE INDEX "umkm_search_vector_idx" ON "umkm" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "umkm_kbli_code_idx" ON "umkm_kbli"("code");

-- CreateIndex
CREATE INDEX "nominations_status_created_at_idx" ON "nominations"("status", "created_at");

-- CreateIndex
CREATE INDEX "nominations_umkm_id_idx" ON "nominations"("umkm_id");

-- CreateIndex
CREATE INDEX "nominations_nominated_by_id_idx" ON "nominations"("nominated_by_id");

-- CreateIndex
CREATE INDEX "matches_need_id_status_score_idx" ON "matches"("need_id", "status", "score" DESC);

-- CreateIndex
CREATE INDEX "matches_umkm_id_status_idx" ON "matches"("umkm_id", "status");

-- CreateIndex
CREATE INDEX "matches_status_idx" ON "matches"("status");

-- CreateIndex
CREATE UNIQUE INDEX "matches_need_id_umkm_id_key" ON "matches"("need_id", "umkm_id");

-- CreateIndex
CREATE UNIQUE INDEX "partnerships_match_id_key" ON "partnerships"("match_id");

-- CreateIndex
CREATE INDEX "paperwork_items_document_type_id_status_idx" ON "paperwork_items"("document_type_id", "status");

-- CreateIndex
CREATE INDEX "paperwork_items_status_expires_on_idx" ON "paperwork_items"("status", "expires_on");

-- CreateIndex
CREATE UNIQUE INDEX "paperwork_items_umkm_id_document_type_id_key" ON "paperwork_items"("umkm_id", "document_type_id");

-- CreateIndex
CREATE INDEX "paperwork_history_item_id_created_at_idx" ON "paperwork_history"("item_id", "created_at");

-- CreateIndex
CREATE INDEX "assistance_cases_assignee_id_status_created_at_idx" ON "assistance_cases"("assignee_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "assistance_cases_umkm_id_idx" ON "assistance_cases"("umkm_id");

-- CreateIndex
CREATE INDEX "assistance_steps_case_id_created_at_idx" ON "assistance_steps"("case_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_created_at_idx" ON "audit_events"("entity_type", "entity_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_created_at_idx" ON "audit_events"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_action_created_at_idx" ON "audit_events"("action", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_key" ON "notifications"("user_id", "dedupe_key");

-- CreateIndex
CREATE INDEX "import_jobs_created_by_id_created_at_idx" ON "import_jobs"("created_by_id", "created_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regencies" ADD CONSTRAINT "regencies_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "districts" ADD CONSTRAINT "districts_regency_code_fkey" FOREIGN KEY ("regency_code") REFERENCES "regencies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matching_weights" ADD CONSTRAINT "matching_weights_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_regency_code_fkey" FOREIGN KEY ("regency_code") REFERENCES "regencies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_needs" ADD CONSTRAINT "supply_needs_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_needs" ADD CONSTRAINT "supply_needs_delivery_regency_code_fkey" FOREIGN KEY ("delivery_regency_code") REFERENCES "regencies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_needs" ADD CONSTRAINT "supply_needs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_kbli" ADD CONSTRAINT "supply_need_kbli_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_kbli" ADD CONSTRAINT "supply_need_kbli_kbli_version_code_fkey" FOREIGN KEY ("kbli_version", "code") REFERENCES "kbli_codes"("version", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_documents" ADD CONSTRAINT "supply_need_documents_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supply_need_documents" ADD CONSTRAINT "supply_need_documents_document_type_id_fkey" FOREIGN KEY ("document_type_id") REFERENCES "document_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_attachments" ADD CONSTRAINT "need_attachments_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_attachments" ADD CONSTRAINT "need_attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umkm" ADD CONSTRAINT "umkm_regency_code_fkey" FOREIGN KEY ("regency_code") REFERENCES "regencies"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umkm" ADD CONSTRAINT "umkm_district_code_regency_code_fkey" FOREIGN KEY ("district_code", "regency_code") REFERENCES "districts"("code", "regency_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umkm" ADD CONSTRAINT "umkm_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umkm_kbli" ADD CONSTRAINT "umkm_kbli_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umkm_kbli" ADD CONSTRAINT "umkm_kbli_kbli_version_code_fkey" FOREIGN KEY ("kbli_version", "code") REFERENCES "kbli_codes"("version", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_id_fkey" FOREIGN KEY ("nominated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_weights_id_fkey" FOREIGN KEY ("weights_id") REFERENCES "matching_weights"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paperwork_items" ADD CONSTRAINT "paperwork_items_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paperwork_items" ADD CONSTRAINT "paperwork_items_document_type_id_fkey" FOREIGN KEY ("document_type_id") REFERENCES "document_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paperwork_items" ADD CONSTRAINT "paperwork_items_assisting_officer_id_fkey" FOREIGN KEY ("assisting_officer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paperwork_history" ADD CONSTRAINT "paperwork_history_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "paperwork_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paperwork_history" ADD CONSTRAINT "paperwork_history_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_cases" ADD CONSTRAINT "assistance_cases_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_cases" ADD CONSTRAINT "assistance_cases_document_type_id_fkey" FOREIGN KEY ("document_type_id") REFERENCES "document_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_cases" ADD CONSTRAINT "assistance_cases_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_cases" ADD CONSTRAINT "assistance_cases_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_cases" ADD CONSTRAINT "assistance_cases_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_steps" ADD CONSTRAINT "assistance_steps_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "assistance_cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assistance_steps" ADD CONSTRAINT "assistance_steps_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Constraints Prisma cannot express (see ARCHITECTURE.md)

-- users: a company account belongs to exactly one company, an UMKM owner to exactly one UMKM,
-- and nobody else is tied to either.
ALTER TABLE "users"
  ADD CONSTRAINT "users_company_id_role_check" CHECK ((company_id IS NOT NULL) = (role = 'COMPANY_STAFF')),
  ADD CONSTRAINT "users_umkm_id_role_check" CHECK ((umkm_id IS NOT NULL) = (role = 'UMKM_OWNER'));

-- umkm: identifier formats, non-negative amounts, and the PP 7/2021 size class derived from
-- capital and annual sales (lib/domain/scale.ts computes the same; this keeps it honest).
ALTER TABLE "umkm"
  ADD CONSTRAINT "umkm_nib_check" CHECK (nib ~ '^[0-9]{13}$'),
  ADD CONSTRAINT "umkm_npwp_check" CHECK (npwp ~ '^[0-9]{15,16}$'),
  ADD CONSTRAINT "umkm_capital_rp_check" CHECK (capital_rp >= 0),
  ADD CONSTRAINT "umkm_annual_sales_rp_check" CHECK (annual_sales_rp >= 0),
  ADD CONSTRAINT "umkm_capacity_check" CHECK (capacity >= 0),
  ADD CONSTRAINT "umkm_employees_check" CHECK (employees >= 0),
  ADD CONSTRAINT "umkm_scale_check" CHECK (scale = CASE
    WHEN capital_rp <= 1000000000 AND annual_sales_rp <= 2000000000 THEN 'MIKRO'::"UmkmScale"
    WHEN capital_rp <= 5000000000 AND annual_sales_rp <= 15000000000 THEN 'KECIL'::"UmkmScale"
    WHEN capital_rp <= 10000000000 AND annual_sales_rp <= 50000000000 THEN 'MENENGAH'::"UmkmScale"
    ELSE 'BESAR'::"UmkmScale"
  END);

-- Full-text search vectors are computed by the database so they can never go stale. Not a
-- GENERATED column: Prisma reads a generation expression as a column default and every later
-- `migrate diff` would emit `ALTER COLUMN "search_vector" DROP DEFAULT` (prisma/prisma#23308).
-- A BEFORE trigger on every INSERT/UPDATE behaves the same (written values are overwritten)
-- and is invisible to Prisma. Prisma's GIN index on the column stays as generated above.
CREATE FUNCTION "umkm_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.business_name, '') || ' ' || coalesce(NEW.products_text, ''));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "umkm_search_vector"
  BEFORE INSERT OR UPDATE ON "umkm"
  FOR EACH ROW EXECUTE FUNCTION "umkm_search_vector_refresh"();

-- supply_needs
ALTER TABLE "supply_needs"
  ADD CONSTRAINT "supply_needs_slots_check" CHECK (slots >= 1),
  ADD CONSTRAINT "supply_needs_period_check" CHECK (period_end >= period_start),
  ADD CONSTRAINT "supply_needs_quantity_check" CHECK (quantity > 0),
  ADD CONSTRAINT "supply_needs_estimated_value_rp_check" CHECK (estimated_value_rp >= 0),
  -- Enum values compare in declaration order: MIKRO < KECIL < MENENGAH < BESAR.
  ADD CONSTRAINT "supply_needs_scale_range_check" CHECK (min_scale <= max_scale);

CREATE FUNCTION "supply_needs_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := to_tsvector('indonesian'::regconfig,
    coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, ''));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "supply_needs_search_vector"
  BEFORE INSERT OR UPDATE ON "supply_needs"
  FOR EACH ROW EXECUTE FUNCTION "supply_needs_search_vector_refresh"();

-- matches, partnerships
ALTER TABLE "matches" ADD CONSTRAINT "matches_score_check" CHECK (score BETWEEN 0 AND 100);
ALTER TABLE "partnerships"
  ADD CONSTRAINT "partnerships_value_rp_check" CHECK (value_rp >= 0),
  ADD CONSTRAINT "partnerships_dates_check" CHECK (end_date >= start_date);

-- paperwork_items: an issued document has a number and an issue date.
ALTER TABLE "paperwork_items"
  ADD CONSTRAINT "paperwork_items_issued_check" CHECK (status <> 'ISSUED' OR (number IS NOT NULL AND issued_on IS NOT NULL)),
  ADD CONSTRAINT "paperwork_items_dates_check" CHECK (expires_on >= issued_on);

-- audit_events is append-only: the audit trail must not be rewritten, even by the app.
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "audit_events_append_only"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();
