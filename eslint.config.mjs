import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // No user text reaches PostgreSQL unchecked: input schemas take text through text()/url()
    // of lib/validation/text.ts, which refuse NUL and unpaired surrogates (PostgreSQL 22021).
    // Exempt: the primitive itself, the environment, schemas of what the API answers, and the
    // sign-in credentials (the password is only compared with its hash; z.email refuses NUL).
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["lib/validation/text.ts", "lib/env.ts", "lib/api/schemas.ts", "lib/api/match-resource.ts", "lib/auth.ts"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(string|url)$/]", message: "Use text() / url() from @/lib/validation/text: they refuse characters PostgreSQL cannot store (NUL)." },
        { selector: "MemberExpression[object.object.name='z'][object.property.name='coerce'][property.name='string']", message: "Use text() from @/lib/validation/text: it refuses characters PostgreSQL cannot store (NUL)." },
      ],
    },
  },
  {
    // The layout is the architecture: UI never touches the database (STYLE.md).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "@/lib/dal/*", "@/lib/generated/prisma/client"], message: "components/ are UI only: call lib/dal from a page or action instead.", allowTypeImports: true }] }],
    },
  },
]);
