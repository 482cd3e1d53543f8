// `npm run bench:payload [-- --base-url http://127.0.0.1:3000 --json]`: the HTML and inline-script
// bytes of every main page, anonymous and signed in as each demo role, from a running portal
// (`npm run start` on the demo data). Signs in through next-auth's credentials callback like a
// browser. Detail pages (a need, its candidates, a UMKM) take the first link of their list.
// Budget of issue 13: inline script ≤ 25 KB per page. Exits 1 when a page is over it or fails.
import { parseArgs } from "node:util";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo-accounts";
import { htmlPayload, INLINE_SCRIPT_BUDGET_BYTES, type HtmlPayload } from "./lib/html-payload";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: process.env.BASE_URL ?? "http://127.0.0.1:3000" },
    json: { type: "boolean", default: false },
    locale: { type: "string", default: "id" },
  },
});
const baseUrl = values["base-url"].replace(/\/$/, "");
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

type Role = (typeof DEMO_USERS)[number]["role"] | "ANONYMOUS";
/** Pages per role; `{need}`/`{umkm}` are filled from the first link of /needs or /umkm. */
const PAGES: Record<Role, string[]> = {
  ANONYMOUS: ["/", "/sign-in", "/api-docs"],
  ADMIN: ["/dashboard", "/users", "/users/new", "/audit", "/firms", "/settings/document-types", "/umkm"],
  PMPTSP_OFFICER: [
    "/dashboard",
    "/umkm",
    "/umkm/new",
    "/umkm/{umkm}",
    "/umkm/{umkm}/edit",
    "/needs",
    "/needs/new",
    "/needs/{need}",
    "/needs/{need}/matches",
    "/matches",
    "/allocation",
  ],
  DISKOP_STAFF: ["/dashboard", "/umkm", "/nominations", "/paperwork", "/cases"],
  COMPANY_STAFF: ["/dashboard", "/needs", "/needs/new", "/introductions"],
  UMKM_OWNER: ["/dashboard", "/my-business", "/my-business/paperwork", "/introductions", "/notifications"],
};

class Client {
  private cookies = new Map<string, string>();
  constructor(locale: string) {
    this.cookies.set("NEXT_LOCALE", locale);
  }
  private header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${baseUrl}${path}`, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: this.header() },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index).trim(), pair!.slice(index + 1));
    }
    return response;
  }
  async signIn(email: string) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" });
    const response = await this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl },
      body,
    });
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token")))
      throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  }
  async html(path: string): Promise<string> {
    const response = await this.fetch(path);
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  }
}

async function fill(client: Client, path: string): Promise<string | null> {
  for (const [slot, list] of [
    ["{need}", "/needs"],
    ["{umkm}", "/umkm"],
  ] as const) {
    if (!path.includes(slot)) continue;
    const id = new RegExp(`href="${list}/(${UUID})"`).exec(await client.html(list))?.[1];
    if (!id) return null;
    path = path.replace(slot, id);
  }
  return path;
}

type Row = { role: Role; path: string } & (HtmlPayload | { error: string });
const rows: Row[] = [];
const roles = Object.keys(PAGES) as Role[];
for (const role of roles) {
  const client = new Client(values.locale);
  if (role !== "ANONYMOUS") await client.signIn(DEMO_USERS.find((user) => user.role === role)!.email);
  for (const template of PAGES[role]) {
    try {
      const path = await fill(client, template);
      if (!path) {
        rows.push({ role, path: template, error: "no link to follow" });
        continue;
      }
      rows.push({ role, path: template, ...htmlPayload(await client.html(path)) });
    } catch (error) {
      rows.push({ role, path: template, error: error instanceof Error ? error.message : String(error) });
    }
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
if (values.json) console.log(JSON.stringify({ baseUrl, locale: values.locale, rows }, null, 2));
else {
  console.log(
    `Inline script per page, ${baseUrl}, locale ${values.locale} (budget ${kb(INLINE_SCRIPT_BUDGET_BYTES)} KB)`,
  );
  console.log("| role | page | HTML KB | inline script KB | scripts |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const row of rows) {
    if ("error" in row) console.log(`| ${row.role} | ${row.path} | — | ${row.error} | |`);
    else
      console.log(
        `| ${row.role} | ${row.path} | ${kb(row.htmlBytes)} | ${kb(row.inlineScriptBytes)}${row.inlineScriptBytes > INLINE_SCRIPT_BUDGET_BYTES ? " (over)" : ""} | ${row.inlineScripts} |`,
      );
  }
}
const failed = rows.some((row) => "error" in row || row.inlineScriptBytes > INLINE_SCRIPT_BUDGET_BYTES);
process.exit(failed ? 1 : 0);
