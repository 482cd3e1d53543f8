import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who is acting, as the data layer needs to know it: a signed-in user (SessionUser fits this
 * type) or a firm's procurement system calling the REST API with a per-firm token. An API
 * client acts as COMPANY_STAFF of its firm; `id` is then the user who issued the token (so
 * audit rows name a person) and `apiTokenId` says the action came through the API.
 */
export type Actor = {
  id: string | null;
  role: Role;
  companyId: string | null;
  apiTokenId?: string;
};
