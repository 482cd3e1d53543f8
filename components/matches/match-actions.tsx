import type { MatchView } from "@/lib/dal/matches/match-reads";
import type { ActionState } from "@/lib/forms/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import type { DecisionVerb } from "@/lib/validation/matches";
import { AgreementForm } from "./agreement-form";
import { MatchDecisionForm } from "./decision-form";
import { EndPartnershipForm } from "./end-partnership-form";
import { todayIso } from "@/lib/dates";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
export type MatchActionSet = {
  officerDecision: Action;
  firmDecision: Action;
  confirmInterest: Action;
  recordAgreement: Action;
  endPartnership: Action;
};

/**
 * The forms for what the viewer may do to this match now (`match.allowedVerbs`, from the
 * lifecycle rules): decisions, the agreement, the ending. Renders nothing when there is nothing.
 */
export function MatchActions({
  match,
  role,
  actions,
  returnTo,
}: {
  match: MatchView;
  role: Role;
  actions: MatchActionSet;
  returnTo: string;
}) {
  const decisions = match.allowedVerbs.filter((v): v is DecisionVerb => v !== "recordAgreement" && v !== "end");
  const decisionAction =
    role === "UMKM_OWNER"
      ? actions.confirmInterest
      : role === "COMPANY_STAFF"
        ? actions.firmDecision
        : actions.officerDecision;
  const common = { matchId: match.id, version: match.version, returnTo };
  return (
    <div className="space-y-4">
      {decisions.length > 0 && <MatchDecisionForm {...common} action={decisionAction} verbs={decisions} />}
      {match.allowedVerbs.includes("recordAgreement") && (
        <AgreementForm
          {...common}
          action={actions.recordAgreement}
          defaults={{ startDate: match.need.periodStart, endDate: match.need.periodEnd, signedAt: todayIso() }}
        />
      )}
      {match.allowedVerbs.includes("end") && <EndPartnershipForm {...common} action={actions.endPartnership} />}
    </div>
  );
}
