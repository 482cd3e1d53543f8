import "server-only";
import { headers } from "next/headers";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";

/** The client IP of the current request (server actions, pages), for audit events. */
export async function requestIp(): Promise<string | null> {
  return clientIpFromForwardedFor((await headers()).get("x-forwarded-for"));
}
