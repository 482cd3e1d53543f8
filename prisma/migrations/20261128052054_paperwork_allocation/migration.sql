-- CreateEnum
CREATE TYPE "AllocationStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ProposalDecision" AS ENUM ('PENDING', 'ACCEPTED', 'DISMISSED');

-- AlterTable
ALTER TABLE "assistance_cases" ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "document_types" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "matches" ADD COLUMN     "allocation_run_id" UUID;

-- AlterTable
ALTER TABLE "paperwork_items" ADD COLUMN     "scan_file_name" TEXT,
ADD COLUMN     "scan_mime_type" TEXT;

-- CreateTable
CREATE TABLE "allocation_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "AllocationStatus" NOT NULL DEFAULT 'RUNNING',
    "created_by_id" UUID,
    "weights_id" UUID,
    "need_count" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total_score" DECIMAL(12,2),
    "stats" JSONB,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "allocation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allocation_proposals" (
    "run_id" UUID NOT NULL,
    "need_id" UUID NOT NULL,
    "umkm_id" UUID NOT NULL,
    "score" DECIMAL(5,2) NOT NULL,
    "score_breakdown" JSONB NOT NULL,
    "decision" "ProposalDecision" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),

    CONSTRAINT "allocation_proposals_pkey" PRIMARY KEY ("run_id","need_id","umkm_id")
);

-- CreateIndex
CREATE INDEX "allocation_runs_created_at_idx" ON "allocation_runs"("created_at");

-- CreateIndex
CREATE INDEX "allocation_proposals_run_id_decision_idx" ON "allocation_proposals"("run_id", "decision");

-- CreateIndex
CREATE INDEX "assistance_cases_status_due_date_idx" ON "assistance_cases"("status", "due_date");

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_allocation_run_id_fkey" FOREIGN KEY ("allocation_run_id") REFERENCES "allocation_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_weights_id_fkey" FOREIGN KEY ("weights_id") REFERENCES "matching_weights"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_proposals" ADD CONSTRAINT "allocation_proposals_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "allocation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_proposals" ADD CONSTRAINT "allocation_proposals_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "supply_needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_proposals" ADD CONSTRAINT "allocation_proposals_umkm_id_fkey" FOREIGN KEY ("umkm_id") REFERENCES "umkm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allocation_proposals" ADD CONSTRAINT "allocation_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma cannot express these).
ALTER TABLE "allocation_proposals" ADD CONSTRAINT "allocation_proposals_score_check" CHECK (score BETWEEN 0 AND 100);
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_progress_check" CHECK (processed >= 0 AND processed <= need_count);
