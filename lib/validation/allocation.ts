import { z } from "zod";
import { UUID_SOURCE } from "@/lib/validation/ids";
import { text } from "@/lib/validation/text";

const pair = text()
  .regex(new RegExp(`^${UUID_SOURCE}/${UUID_SOURCE}$`, "i"), "invalid")
  .transform((value) => {
    const [needId = "", umkmId = ""] = value.split("/");
    return { needId, umkmId };
  })
  .pipe(z.object({ needId: z.uuid("invalid"), umkmId: z.uuid("invalid") }));

/**
 * An officer's decision on some of a run's proposals: the ticked proposals ("needId/umkmId")
 * are all accepted or all dismissed, by the button pressed.
 */
export const proposalDecisionSchema = z.object({
  runId: z.uuid("invalid"),
  decision: z.enum(["ACCEPT", "DISMISS"], "invalid"),
  proposals: z.array(pair).min(1, "nothingChosen").max(5000, "invalid"),
});
export type ProposalDecisionInput = z.output<typeof proposalDecisionSchema>;
