// What a page costs the browser before any bundle loads: the bytes of its inline <script>
// elements (React's flight payload, next-intl's client messages, props of client components)
// next to the whole HTML. Shared by `npm run bench:payload` and the e2e payload check.

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export type HtmlPayload = { htmlBytes: number; inlineScriptBytes: number; inlineScripts: number };

/** UTF-8 bytes of `html` and of the bodies of its inline scripts (those without `src`). */
export function htmlPayload(html: string): HtmlPayload {
  let inlineScriptBytes = 0;
  let inlineScripts = 0;
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes ?? "")) continue;
    inlineScriptBytes += Buffer.byteLength(body ?? "", "utf8");
    inlineScripts += 1;
  }
  return { htmlBytes: Buffer.byteLength(html, "utf8"), inlineScriptBytes, inlineScripts };
}

/** The issue-13 budget: inline script per page. */
export const INLINE_SCRIPT_BUDGET_BYTES = 25 * 1024;
