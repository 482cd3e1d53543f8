-- CreateTable
CREATE TABLE "umkm_import_rows" (
    "job_id" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "umkm_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "business_name" TEXT NOT NULL,
    "owner_name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "nib" CHAR(13),
    "npwp" VARCHAR(16),
    "products_text" TEXT NOT NULL,
    "address" TEXT,
    "regency_code" VARCHAR(5) NOT NULL,
    "district_code" VARCHAR(8) NOT NULL,
    "capital_rp" BIGINT NOT NULL,
    "annual_sales_rp" BIGINT NOT NULL,
    "scale" "UmkmScale" NOT NULL,
    "employees" INTEGER,
    "year_established" SMALLINT,
    "capacity" INTEGER NOT NULL,
    "is_active" BOOLEAN NOT NULL,
    "kbli_codes" TEXT[],
    "kbli_prefixes" TEXT[],

    CONSTRAINT "umkm_import_rows_pkey" PRIMARY KEY ("job_id","line")
);

-- AddForeignKey
ALTER TABLE "umkm_import_rows" ADD CONSTRAINT "umkm_import_rows_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

