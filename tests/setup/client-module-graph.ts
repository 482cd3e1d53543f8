// Which message namespaces the client side of each route file needs: follows the imports of
// app/, components/ and lib/ from a route file (page, layout, error, …); from the first
// "use client" module on, every reachable module runs in the browser, and each
// `useTranslations("ns")` there needs `ns` in the client catalogue. "use server" modules are
// not followed (their code stays on the server). Used by tests/unit/client-namespaces.test.ts.
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use (client|server)["']/;
/** `useTranslations("ns")`, `useTranslations()` (whole catalogue), `useTranslations(variable)`. */
const USE_TRANSLATIONS = /\buseTranslations\(\s*([^)]*?)\s*\)/g;
const USE_MESSAGES = /\buseMessages\(\s*\)/;

/** A namespace the client needs, or a reason the scanner cannot tell which one. */
export type ClientNeed = { namespace: string; file: string } | { problem: string; file: string };

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) sources.set(file, (text = fs.readFileSync(file, "utf8")));
  return text;
}

export function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // a package: its own providers are its business
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

export function imports(file: string): string[] {
  const found: string[] = [];
  for (const match of source(file).matchAll(IMPORT)) {
    const target = resolve(file, match[1] ?? match[2]!);
    if (target) found.push(target);
  }
  return found;
}

export function directive(file: string): "client" | "server" | null {
  return (DIRECTIVE.exec(source(file))?.[1] as "client" | "server" | undefined) ?? null;
}

/** The namespaces one module's hooks read (client-side or not: the caller decides). */
export function namespacesOf(file: string): ClientNeed[] {
  const text = source(file);
  const needs: ClientNeed[] = [];
  for (const [, argument] of text.matchAll(USE_TRANSLATIONS)) {
    const literal = /^["']([^"'$`]+)["']$/.exec(argument ?? "");
    if (literal) needs.push({ namespace: literal[1]!, file: relative(file) });
    else
      needs.push({
        problem: argument
          ? `useTranslations(${argument}) — use a literal namespace so the client catalogue can be checked`
          : "useTranslations() without a namespace would need the whole catalogue on the client",
        file: relative(file),
      });
  }
  if (USE_MESSAGES.test(text))
    needs.push({ problem: "useMessages() in a client module needs the whole catalogue", file: relative(file) });
  return needs;
}

/** Every namespace the client side of `entry` (and of what it imports) needs. */
export function clientNeeds(entry: string): ClientNeed[] {
  const needs: ClientNeed[] = [];
  const seen = new Set<string>();
  const visit = (file: string, onClient: boolean) => {
    const kind = directive(file);
    if (kind === "server") return;
    const client = onClient || kind === "client";
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) needs.push(...namespacesOf(file));
    for (const target of imports(file)) visit(target, client);
  };
  visit(path.resolve(ROOT, entry), false);
  return needs;
}

/** Route files whose rendering Next.js places under the layouts of their folder. */
export const ROUTE_FILES = [
  "page.tsx",
  "layout.tsx",
  "error.tsx",
  "loading.tsx",
  "not-found.tsx",
  "forbidden.tsx",
  "unauthorized.tsx",
  "template.tsx",
  "default.tsx",
  "global-error.tsx",
];

export function routeFiles(dir = path.join(ROOT, "app")): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...routeFiles(full));
    else if (ROUTE_FILES.includes(entry.name)) found.push(relative(full));
  }
  return found.sort();
}
