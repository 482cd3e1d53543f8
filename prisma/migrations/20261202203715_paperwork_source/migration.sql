-- CreateEnum
CREATE TYPE "PaperworkSource" AS ENUM ('PAPERWORK', 'PROFILE', 'IMPORT', 'REGISTRY');

-- AlterTable
ALTER TABLE "paperwork_items" ADD COLUMN     "source" "PaperworkSource" NOT NULL DEFAULT 'PAPERWORK';

