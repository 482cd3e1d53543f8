import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CandidateRow } from "@/lib/dal/matches/candidate-table";
import type { ActionState } from "@/lib/forms/action-state";
import type { DecisionVerb } from "@/lib/validation/matches";
import { BULK_FORM_ID } from "./bulk-decision-form";
import { MatchDecisionForm } from "./decision-form";
import { MatchStatusBadge } from "./match-status-badge";
import { ReadinessSummary } from "./readiness-summary";
import { ScoreBreakdown } from "./score-breakdown";

const OFFICER_VERBS = new Set<string>(["shortlist", "approve", "reject"]);
const BULK_VERBS = new Set<string>(["shortlist", "approve"]);

// On a phone (below md) the table's rows stack: every cell becomes a line with its column's name
// in front (data-label, shown by ::before; `.cand-cell` in app/globals.css), the header row is
// hidden from sight but not from screen readers' table navigation on wider screens.
const CELL = "cand-cell";

/**
 * A need's candidates as one compact table: rank (with "seri" on a shared score), UMKM,
 * kabupaten/kota, scale, score bar with the number, readiness, nomination and status; each
 * row's reasons, readiness and single decisions open in a disclosure. Rows the viewer may
 * shortlist or approve carry a checkbox of the bulk form (match id and the version shown).
 */
export async function CandidateTable({
  rows,
  caption,
  captionId,
  decisionAction,
  returnTo,
}: {
  rows: CandidateRow[];
  caption: string;
  captionId: string;
  decisionAction: (state: ActionState, form: FormData) => Promise<ActionState>;
  returnTo: string;
}) {
  const [t, tm, ts, format] = await Promise.all([
    getTranslations("candidates"),
    getTranslations("matching"),
    getTranslations("scale"),
    getFormatter(),
  ]);
  const head = (key: string) => (
    <th scope="col" className="px-2 py-2 text-left font-semibold">
      {t(`columns.${key}`)}
    </th>
  );
  return (
    <table className="w-full border-collapse text-sm max-md:block" data-testid="candidate-table">
      <caption id={captionId} className="mb-2 text-left text-base font-semibold max-md:block">
        {caption}
      </caption>
      <thead className="border-b border-slate-300 bg-slate-50 max-md:sr-only">
        <tr>
          {head("select")}
          {head("rank")}
          {head("umkm")}
          {head("regency")}
          {head("scale")}
          {head("score")}
          {head("readiness")}
          {head("nomination")}
          {head("status")}
        </tr>
      </thead>
      <tbody className="max-md:block max-md:space-y-3">
        {rows.map(({ match, rank, tied, nominated }) => {
          const verbs = match.allowedVerbs.filter((v): v is DecisionVerb => OFFICER_VERBS.has(v));
          const selectable = match.allowedVerbs.some((v) => BULK_VERBS.has(v));
          const score = format.number(match.score, { maximumFractionDigits: 2 });
          const { readiness } = match;
          const nameId = `cand-${match.id}`;
          return [
            <tr
              key={match.id}
              id={`match-${match.id}`}
              className="border-t border-slate-200 bg-white max-md:block max-md:rounded max-md:border max-md:p-3"
              data-testid="candidate-row"
              data-umkm={match.umkm.businessName}
              data-umkm-id={match.umkm.id}
              data-match-id={match.id}
              data-status={match.status}
              data-rank={rank}
            >
              <td className={CELL} data-label={t("columns.select")}>
                {selectable && (
                  <input
                    type="checkbox"
                    name="selected"
                    value={`${match.id}:${match.version}`}
                    form={BULK_FORM_ID}
                    aria-label={t("selectRow", { name: match.umkm.businessName })}
                    className="h-5 w-5"
                    data-testid="select-row"
                  />
                )}
              </td>
              <td className={`${CELL} tabular-nums`} data-label={t("columns.rank")}>
                {rank}
                {tied && (
                  <abbr
                    title={t("tieTitle")}
                    className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 no-underline"
                  >
                    {t("tie")}
                  </abbr>
                )}
              </td>
              <th scope="row" id={nameId} className={`${CELL} text-left font-semibold`} data-label={t("columns.umkm")}>
                <Link href={`/umkm/${match.umkm.id}`} className="text-brand-700 underline">
                  {match.umkm.businessName}
                </Link>
              </th>
              <td className={CELL} data-label={t("columns.regency")}>
                {match.umkm.regency}
              </td>
              <td className={CELL} data-label={t("columns.scale")}>
                {ts(match.umkm.scale)}
              </td>
              <td className={CELL} data-label={t("columns.score")}>
                <span className="flex items-center gap-2">
                  <meter
                    min={0}
                    max={100}
                    low={40}
                    high={70}
                    optimum={100}
                    value={match.score}
                    className="h-3 w-20"
                    aria-label={tm("scoreOf", { score })}
                  />
                  <span className="font-semibold tabular-nums" data-testid="score-value">
                    {score}
                  </span>
                </span>
              </td>
              <td className={CELL} data-label={t("columns.readiness")} data-ready={readiness.isComplete}>
                {readiness.requiredCount === 0
                  ? t("noDocuments")
                  : t(readiness.isComplete ? "ready" : "notReady", {
                      ready: readiness.readyCount,
                      required: readiness.requiredCount,
                    })}
              </td>
              <td className={CELL} data-label={t("columns.nomination")}>
                {nominated ? t("nominated") : t("notNominated")}
              </td>
              <td className={CELL} data-label={t("columns.status")}>
                <MatchStatusBadge status={match.status} label={tm(`status.${match.status}`)} />
              </td>
            </tr>,
            <tr
              key={`${match.id}-details`}
              className="max-md:-mt-3 max-md:block"
              data-testid="candidate"
              data-umkm={match.umkm.businessName}
              data-umkm-id={match.umkm.id}
              data-match-id={match.id}
              data-status={match.status}
            >
              <td
                colSpan={9}
                className="px-2 pb-3 max-md:block max-md:rounded-b max-md:border max-md:border-t-0 max-md:bg-white max-md:px-3"
              >
                <details data-testid="candidate-details">
                  <summary className="cursor-pointer text-brand-700 underline">
                    {t("reasons")}
                    <span className="sr-only">: {match.umkm.businessName}</span>
                  </summary>
                  <div className="mt-2 grid gap-4 md:grid-cols-2">
                    <ScoreBreakdown
                      breakdown={match.breakdown}
                      documentNames={readiness.names}
                      idPrefix={match.id}
                      isCompact
                    />
                    <section aria-label={tm("readiness")}>
                      <ReadinessSummary readiness={readiness} />
                    </section>
                  </div>
                  {match.decisionReason && (
                    <p className="mt-2 text-slate-700">
                      {tm("detail.decisionReason")}: {match.decisionReason}
                    </p>
                  )}
                  {verbs.length > 0 && (
                    <div className="mt-2">
                      <MatchDecisionForm
                        action={decisionAction}
                        matchId={match.id}
                        version={match.version}
                        verbs={verbs}
                        returnTo={returnTo}
                      />
                    </div>
                  )}
                  <p className="mt-2">
                    <Link href={`/matches/${match.id}`} className="text-brand-700 underline">
                      {tm("detailLink")}
                    </Link>
                  </p>
                </details>
              </td>
            </tr>,
          ];
        })}
      </tbody>
    </table>
  );
}
