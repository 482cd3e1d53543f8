import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SchemaTable, typeOf } from "@/components/api-docs/schema-table";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiLimitsEnv } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

type Operation = {
  summary: string;
  description?: string;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema: Record<string, unknown>;
  }[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { description: string }>;
};

const PROBLEMS = [
  "validation",
  "unauthorized",
  "not_found",
  "stale",
  "transitionNotAllowed",
  "notEditable",
  "media_type",
  "malformed_json",
  "idempotency_key_reused",
  "rate_limited",
  "internal",
  "unavailable",
];

/** Public, server-rendered reading of /api/v1/openapi.json (no client script, no CDN). */
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const doc = buildOpenApiDocument();
  const limits = apiLimitsEnv();
  const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
  const labels = {
    name: t("colName"),
    type: t("colType"),
    required: t("colRequired"),
    description: t("colDescription"),
    yes: t("yes"),
    no: t("no"),
  };
  const refName = (op: Operation) => op.requestBody?.content["application/json"]?.schema.$ref.split("/").pop();
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("intro", { url: "/api/v1/openapi.json" })}</p>
        <p className="text-slate-700">{doc.info.description}</p>
      </header>
      <section aria-labelledby="auth" className="space-y-2">
        <h2 id="auth" className="text-xl font-semibold">
          {t("authTitle")}
        </h2>
        <p>{t("auth")}</p>
        <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white">{`curl -H "Authorization: Bearer kp_…" "$PORTAL/api/v1/needs?status=OPEN&limit=20"`}</pre>
      </section>
      <section aria-labelledby="limits" className="space-y-2">
        <h2 id="limits" className="text-xl font-semibold">
          {t("limitsTitle")}
        </h2>
        <p>
          {t("limits", {
            perToken: limits.API_RATE_LIMIT_PER_TOKEN,
            perIp: limits.API_RATE_LIMIT_PER_IP,
            window: limits.API_RATE_LIMIT_WINDOW_SECONDS,
          })}
        </p>
      </section>
      <section aria-labelledby="endpoints" className="space-y-6">
        <h2 id="endpoints" className="text-xl font-semibold">
          {t("endpointsTitle")}
        </h2>
        {Object.entries(doc.paths).flatMap(([path, methods]) =>
          Object.entries(methods as Record<string, Operation>).map(([method, op]) => (
            <article key={`${method} ${path}`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-mono text-lg font-semibold">
                {method.toUpperCase()} {path}
              </h3>
              <p className="font-medium">{op.summary}</p>
              {op.description && <p>{op.description}</p>}
              {op.parameters && op.parameters.length > 0 && (
                <>
                  <h4 className="font-semibold">{t("parameters")}</h4>
                  <ul className="list-disc pl-6 text-sm">
                    {op.parameters.map((p) => (
                      <li key={p.name}>
                        <code>{p.name}</code> ({p.in}, <code>{typeOf(p.schema)}</code>)
                        {p.description ? ` — ${p.description}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {refName(op) && (
                <p className="text-sm">
                  {t("body")}:{" "}
                  <a href={`#schema-${refName(op)}`} className="text-brand-700 underline">
                    {refName(op)}
                  </a>
                </p>
              )}
              <h4 className="font-semibold">{t("responses")}</h4>
              <ul className="list-disc pl-6 text-sm">
                {Object.entries(op.responses).map(([status, r]) => (
                  <li key={status}>
                    <strong>{status}</strong> — {r.description}
                  </li>
                ))}
              </ul>
            </article>
          )),
        )}
      </section>
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          {t("schemasTitle")}
        </h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="space-y-1">
            <h3 className="font-mono font-semibold">{name}</h3>
            <SchemaTable schema={schema} labels={labels} />
          </div>
        ))}
      </section>
      <section aria-labelledby="problems" className="space-y-2">
        <h2 id="problems" className="text-xl font-semibold">
          {t("problemsTitle")}
        </h2>
        <p>{t("problems")}</p>
        <ul className="list-disc pl-6">
          {PROBLEMS.map((p) => (
            <li key={p} id={`problem-${p}`}>
              <code>/api-docs#problem-{p}</code>: {t(`p_${p}`)}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
