-- Hand-written (Prisma cannot express a partial unique index): at most one matching-weights
-- version is active. lib/dal/matching-weights.ts deactivates the others before activating one,
-- under an advisory lock; this makes the database refuse any other path to two active versions.
CREATE UNIQUE INDEX "matching_weights_one_active_key" ON "matching_weights" ("is_active") WHERE "is_active";
