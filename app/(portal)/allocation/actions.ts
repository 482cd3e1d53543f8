"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { startAllocationRun } from "@/lib/dal/allocation/allocation";
import { formAction } from "@/lib/forms/form-action";

/** Starts a portfolio allocation run in the background and opens its page (progress, then proposals). */
export const startAllocationRunAction = formAction(
  MATCH_APPROVERS,
  z.object({}),
  async (user) => {
    const { id } = await startAllocationRun(user);
    revalidatePath("/allocation");
    return { redirect: `/allocation/${id}`, flash: "allocationStarted" };
  },
  { echo: false },
);
