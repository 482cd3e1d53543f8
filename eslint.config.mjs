import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SOURCE = ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"];

// No user text reaches PostgreSQL unchecked: input schemas take text through text()/url()
// of lib/validation/text.ts, which refuse NUL and unpaired surrogates (PostgreSQL 22021).
// Exempt: the primitive itself, the environment, schemas of what the API answers, and the
// sign-in credentials (the password is only compared with its hash; z.email refuses NUL).
const TEXT_EXEMPT = [
  "lib/validation/text.ts",
  "lib/env.ts",
  "lib/api/schemas.ts",
  "lib/api/match-resource.ts",
  "lib/auth.ts",
];
const TEXT_RULES = [
  {
    selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(string|url)$/]",
    message: "Use text() / url() from @/lib/validation/text: they refuse characters PostgreSQL cannot store (NUL).",
  },
  {
    selector: "MemberExpression[object.object.name='z'][object.property.name='coerce'][property.name='string']",
    message: "Use text() from @/lib/validation/text: it refuses characters PostgreSQL cannot store (NUL).",
  },
];

// One role vocabulary: a list of two or more roles is a named set of lib/access/roles.ts
// (requireRole(...NEED_EDITORS), hasRole(user, PAPERWORK_EDITORS), role: { in: [...CASE_ASSIGNEES] }),
// never an array literal, call arguments or an ||/&& chain of role comparisons.
const ROLES_MODULE = "lib/access/roles.ts";
const ROLE_NAME = "/^(ADMIN|PMPTSP_OFFICER|DISKOP_STAFF|COMPANY_STAFF|UMKM_OWNER)$/";
const ROLE = `Literal[value=${ROLE_NAME}]`;
const ROLE_LIST_MESSAGE =
  "A list of roles is a named set of @/lib/access/roles (add one there, named by what it permits); test membership with hasRole().";
const ROLE_LIST_RULES = [
  // ["A", "B"], new Set(["A", "B"]), { in: ["A", "B"] }, requireRole("A", "B")
  { selector: `ArrayExpression:has(> ${ROLE} ~ ${ROLE})`, message: ROLE_LIST_MESSAGE },
  { selector: `CallExpression:has(> ${ROLE} ~ ${ROLE})`, message: ROLE_LIST_MESSAGE },
  // role === "A" || role === "B" (and longer chains, also with other terms before them)
  {
    selector: `LogicalExpression[left.operator=/^[!=]==$/][left.right.value=${ROLE_NAME}][right.operator=/^[!=]==$/][right.right.value=${ROLE_NAME}]`,
    message: ROLE_LIST_MESSAGE,
  },
  {
    selector: `LogicalExpression[left.type="LogicalExpression"][left.right.operator=/^[!=]==$/][left.right.right.value=${ROLE_NAME}][right.operator=/^[!=]==$/][right.right.value=${ROLE_NAME}]`,
    message: ROLE_LIST_MESSAGE,
  },
];

// One action contract (lib/forms/form-action.ts). The data layer's AppError messages and
// detail keys are message keys, never sentences (the UI renders them in the user's language).
// A server action for useActionState — (state, formData) — is formAction(roles, schema, fn);
// one that cannot be (sign-in, a file upload) says why in an eslint-disable comment.
const APP_ERROR_KEY_MESSAGE =
  'An AppError\'s message is a message key ("stale", "codeTaken"), not a sentence: add the text to the id and en catalogues.';
const APP_ERROR_RULES = [
  {
    selector: "NewExpression[callee.name='AppError'] > Literal:nth-child(2)[value=/\\s/]",
    message: APP_ERROR_KEY_MESSAGE,
  },
  { selector: "NewExpression[callee.name='AppError'] > TemplateLiteral:nth-child(2)", message: APP_ERROR_KEY_MESSAGE },
  {
    selector: "CallExpression[callee.name=/^(fieldError|issuesError)$/] > Literal[value=/\\s/]",
    message: APP_ERROR_KEY_MESSAGE,
  },
];
const ACTION_FILES = ["app/**/*actions.ts"];
const ACTION_RULES = [
  {
    selector: "ExportNamedDeclaration > FunctionDeclaration[async=true][params.length=2]",
    message:
      "A form action is formAction(roles, schema, fn) from @/lib/forms/form-action (one state type, one error converter).",
  },
];
// Layering. The data room: only lib/dal (and lib/db.ts, lib/db/) reaches the database — the Prisma
// client, its generated client (enums excepted: plain values), node-postgres, Prisma's packages.
// pg-boss only in the job queue (lib/jobs/boss.ts, its own schema). lib/matching and lib/domain
// are pure: no database and no lib/dal either. lib/dal never imports lib/security (security
// uses the data layer, not the reverse). components/ never import app/ (pages pass actions as
// props) and only types from lib/dal. Paths match "@/x" and "../x"; lib/ may not import by a
// relative path and components/ only from their own folder ("./"), so no import slips past. scripts/, prisma/, tests/ are exempt.
const TS = "**/*.{ts,tsx}";
const DATA_ROOM = [`lib/dal/${TS}`, "lib/db.ts", `lib/db/${TS}`];
const PURE = [`lib/matching/${TS}`, `lib/domain/${TS}`];
const JOB_QUEUE = "lib/jobs/boss.ts";
const FROM_ROOT = "^(@/|(\\.\\./)+)";
const DB_MESSAGE = "Only lib/dal talks to the database: call (or add) a lib/dal function.";
const UI_MESSAGE = "components/ are UI only: call lib/dal from a page or action instead (types are fine).";
const DATABASE = [
  { regex: `${FROM_ROOT}lib/db$`, message: DB_MESSAGE },
  { regex: `${FROM_ROOT}lib/generated/prisma/(?!enums$)`, message: DB_MESSAGE },
  { group: ["pg", "pg/*", "@prisma/*"], message: DB_MESSAGE },
];
const PG_BOSS = { group: ["pg-boss", "pg-boss/*"], message: "pg-boss lives in lib/jobs/boss.ts (the job queue) only." };
const DATA_LAYER = {
  regex: `${FROM_ROOT}lib/(dal(/|$)|db/)`,
  message: "lib/matching and lib/domain are pure: the caller (lib/dal) reads the data and passes it in.",
};
const SECURITY = {
  regex: `${FROM_ROOT}lib/security(/|$)`,
  message:
    "lib/dal never imports lib/security (lib/security uses the data layer, not the reverse): move the shared piece into lib/dal.",
};
const APP = {
  regex: `${FROM_ROOT}app(/|$)`,
  message: "components/ never import app/: let the page pass the action (or value) as a prop.",
};
const RELATIVE = { regex: "^\\.\\.?/", message: 'Import through "@/…" (the layering rules match "@/" paths).' };
const PARENT = {
  regex: "^\\.\\./",
  message: 'Import through "@/…" (the layering rules match "@/" paths); "./" stays inside the folder.',
};
const restrictImports = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

// One id rule: a UUID shape (8-4-4-4-12 hex, or the loose [0-9a-f-]{36} that let 36 dashes reach
// PostgreSQL as a 500) is written only in lib/validation/ids.ts; elsewhere isUuid() or UUID_SOURCE.
const IDS_MODULE = "lib/validation/ids.ts";
const UUID_SHAPE = "/a-f[^\\]]*\\]\\{(8|36)\\}/i";
const UUID_MESSAGE =
  "Use isUuid() (or UUID_SOURCE in a larger pattern) from @/lib/validation/ids: one strict 8-4-4-4-12 rule.";
const UUID_RULES = [
  { selector: `Literal[regex.pattern=${UUID_SHAPE}]`, message: UUID_MESSAGE },
  { selector: `Literal[value=${UUID_SHAPE}]`, message: UUID_MESSAGE },
  { selector: `TemplateElement[value.raw=${UUID_SHAPE}]`, message: UUID_MESSAGE },
];

// One home for calendar dates: a `date` column's day is toIsoDate() of lib/dates.ts, never an
// inline toISOString().slice(0, 10) (nine copies once), and so are WIB "today" and day arithmetic.
const DATES_MODULE = "lib/dates.ts";
const DATE_RULES = [
  {
    selector:
      "CallExpression[callee.property.name='slice'][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
    message: "Use toIsoDate() (or todayIso() for today in WIB) from @/lib/dates.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  // One no-restricted-syntax per file (a later block would replace an earlier one's selectors):
  // the text, role-list, UUID, date and AppError-message rules together, each exemption list
  // without its rule; action files add the action rules (their block comes last, so it wins).
  {
    files: SOURCE,
    ignores: [...TEXT_EXEMPT, ROLES_MODULE, IDS_MODULE, DATES_MODULE],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...TEXT_RULES,
        ...ROLE_LIST_RULES,
        ...UUID_RULES,
        ...DATE_RULES,
        ...APP_ERROR_RULES,
      ],
    },
  },
  {
    files: TEXT_EXEMPT,
    rules: { "no-restricted-syntax": ["error", ...ROLE_LIST_RULES, ...UUID_RULES, ...DATE_RULES, ...APP_ERROR_RULES] },
  },
  {
    files: [ROLES_MODULE],
    rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...UUID_RULES, ...DATE_RULES, ...APP_ERROR_RULES] },
  },
  {
    files: [IDS_MODULE],
    rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...ROLE_LIST_RULES, ...DATE_RULES, ...APP_ERROR_RULES] },
  },
  {
    files: [DATES_MODULE],
    rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...ROLE_LIST_RULES, ...UUID_RULES, ...APP_ERROR_RULES] },
  },
  {
    files: ACTION_FILES,
    rules: {
      "no-restricted-syntax": [
        "error",
        ...TEXT_RULES,
        ...ROLE_LIST_RULES,
        ...UUID_RULES,
        ...DATE_RULES,
        ...APP_ERROR_RULES,
        ...ACTION_RULES,
      ],
    },
  },
  // The layering (ARCHITECTURE.md "Layering"): one no-restricted-imports per file (a later block
  // would replace an earlier one's patterns), so the blocks below cover disjoint files.
  { files: [`app/${TS}`, "proxy.ts", "instrumentation.ts"], rules: restrictImports(...DATABASE, PG_BOSS) },
  {
    files: [`lib/${TS}`],
    ignores: [...DATA_ROOM, ...PURE, JOB_QUEUE],
    rules: restrictImports(...DATABASE, PG_BOSS, RELATIVE),
  },
  { files: [`lib/dal/${TS}`], rules: restrictImports(SECURITY, RELATIVE) },
  { files: ["lib/db.ts", `lib/db/${TS}`], rules: restrictImports(RELATIVE) },
  { files: PURE, rules: restrictImports(...DATABASE, PG_BOSS, DATA_LAYER, RELATIVE) },
  { files: [JOB_QUEUE], rules: restrictImports(...DATABASE, RELATIVE) },
  {
    files: [`components/${TS}`],
    rules: restrictImports(
      ...[...DATABASE, DATA_LAYER].map((pattern) => ({ ...pattern, message: UI_MESSAGE, allowTypeImports: true })),
      PG_BOSS,
      APP,
      PARENT,
    ),
  },
]);
