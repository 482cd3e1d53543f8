import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SOURCE = ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"];

// No user text reaches PostgreSQL unchecked: input schemas take text through text()/url()
// of lib/validation/text.ts, which refuse NUL and unpaired surrogates (PostgreSQL 22021).
// Exempt: the primitive itself, the environment, schemas of what the API answers, and the
// sign-in credentials (the password is only compared with its hash; z.email refuses NUL).
const TEXT_EXEMPT = ["lib/validation/text.ts", "lib/env.ts", "lib/api/schemas.ts", "lib/api/match-resource.ts", "lib/auth.ts"];
const TEXT_RULES = [
  { selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(string|url)$/]", message: "Use text() / url() from @/lib/validation/text: they refuse characters PostgreSQL cannot store (NUL)." },
  { selector: "MemberExpression[object.object.name='z'][object.property.name='coerce'][property.name='string']", message: "Use text() from @/lib/validation/text: it refuses characters PostgreSQL cannot store (NUL)." },
];

// One role vocabulary: a list of two or more roles is a named set of lib/access/roles.ts
// (requireRole(...NEED_EDITORS), hasRole(user, PAPERWORK_EDITORS), role: { in: [...CASE_ASSIGNEES] }),
// never an array literal, call arguments or an ||/&& chain of role comparisons.
const ROLES_MODULE = "lib/access/roles.ts";
const ROLE_NAME = "/^(ADMIN|PMPTSP_OFFICER|DISKOP_STAFF|COMPANY_STAFF|UMKM_OWNER)$/";
const ROLE = `Literal[value=${ROLE_NAME}]`;
const ROLE_LIST_MESSAGE = "A list of roles is a named set of @/lib/access/roles (add one there, named by what it permits); test membership with hasRole().";
const ROLE_LIST_RULES = [
  // ["A", "B"], new Set(["A", "B"]), { in: ["A", "B"] }, requireRole("A", "B")
  { selector: `ArrayExpression:has(> ${ROLE} ~ ${ROLE})`, message: ROLE_LIST_MESSAGE },
  { selector: `CallExpression:has(> ${ROLE} ~ ${ROLE})`, message: ROLE_LIST_MESSAGE },
  // role === "A" || role === "B" (and longer chains, also with other terms before them)
  { selector: `LogicalExpression[left.operator=/^[!=]==$/][left.right.value=${ROLE_NAME}][right.operator=/^[!=]==$/][right.right.value=${ROLE_NAME}]`, message: ROLE_LIST_MESSAGE },
  { selector: `LogicalExpression[left.type="LogicalExpression"][left.right.operator=/^[!=]==$/][left.right.right.value=${ROLE_NAME}][right.operator=/^[!=]==$/][right.right.value=${ROLE_NAME}]`, message: ROLE_LIST_MESSAGE },
];

// One action contract (lib/forms/form-action.ts). The data layer's AppError messages and
// detail keys are message keys, never sentences (the UI renders them in the user's language).
// A server action for useActionState — (state, formData) — is formAction(roles, schema, fn);
// one that cannot be (sign-in, a file upload) says why in an eslint-disable comment.
const APP_ERROR_KEY_MESSAGE = "An AppError's message is a message key (\"stale\", \"codeTaken\"), not a sentence: add the text to the id and en catalogues.";
const APP_ERROR_RULES = [
  { selector: "NewExpression[callee.name='AppError'] > Literal:nth-child(2)[value=/\\s/]", message: APP_ERROR_KEY_MESSAGE },
  { selector: "NewExpression[callee.name='AppError'] > TemplateLiteral:nth-child(2)", message: APP_ERROR_KEY_MESSAGE },
  { selector: "CallExpression[callee.name=/^(fieldError|issuesError)$/] > Literal[value=/\\s/]", message: APP_ERROR_KEY_MESSAGE },
];
const ACTION_FILES = ["app/**/*actions.ts"];
const ACTION_RULES = [
  { selector: "ExportNamedDeclaration > FunctionDeclaration[async=true][params.length=2]", message: "A form action is formAction(roles, schema, fn) from @/lib/forms/form-action (one state type, one error converter)." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // One no-restricted-syntax per file (a later block would replace an earlier one's selectors):
  // the text and role-list rules together, each exemption list without its rule.
  { files: SOURCE, ignores: [...TEXT_EXEMPT, ROLES_MODULE], rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...ROLE_LIST_RULES, ...APP_ERROR_RULES] } },
  { files: TEXT_EXEMPT, rules: { "no-restricted-syntax": ["error", ...ROLE_LIST_RULES, ...APP_ERROR_RULES] } },
  { files: [ROLES_MODULE], rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...APP_ERROR_RULES] } },
  { files: ACTION_FILES, rules: { "no-restricted-syntax": ["error", ...TEXT_RULES, ...ROLE_LIST_RULES, ...APP_ERROR_RULES, ...ACTION_RULES] } },
  {
    // The layout is the architecture: UI never touches the database (STYLE.md).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "@/lib/dal/*", "@/lib/generated/prisma/client"], message: "components/ are UI only: call lib/dal from a page or action instead.", allowTypeImports: true }] }],
    },
  },
]);
