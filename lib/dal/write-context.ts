import "server-only";
import type { DbClient } from "@/lib/db";
import type { PaperworkSource } from "@/lib/generated/prisma/enums";

/**
 * Tells the database triggers of the current transaction who is writing and where an NIB
 * comes from (`SET LOCAL`-style settings, gone at COMMIT/ROLLBACK). The NIB rule (migration
 * `nib_one_fact`: a profile NIB and the ISSUED NIB paperwork item are one fact) and the
 * automatic case resolution write history and audit rows with this actor; unset = the system.
 * Call it inside the transaction (`tx`), before the writes. The seed and the synthetic
 * generator use it too (run with `tsx --conditions=react-server`, like every script).
 */
export async function setWriteContext(
  tx: DbClient,
  context: { actorId: string | null; nibSource: PaperworkSource },
): Promise<void> {
  await tx.$executeRaw`SELECT set_config('portal.actor_id', ${context.actorId ?? ""}, true), set_config('portal.nib_source', ${context.nibSource}, true)`;
}
