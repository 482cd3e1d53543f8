import type { MatchActionSet } from "@/components/matches/match-actions";
import {
  confirmInterestAction,
  endPartnershipAction,
  firmDecisionAction,
  officerDecisionAction,
  recordAgreementAction,
} from "./actions";

/** The match workflow's server actions, handed to the forms (components never import app/ code). */
export const MATCH_ACTIONS: MatchActionSet = {
  officerDecision: officerDecisionAction,
  firmDecision: firmDecisionAction,
  confirmInterest: confirmInterestAction,
  recordAgreement: recordAgreementAction,
  endPartnership: endPartnershipAction,
};
