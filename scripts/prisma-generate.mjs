// `prisma generate` offline: Prisma 7 first tries to download the native schema engine and
// fails on this network unless PRISMA_SCHEMA_ENGINE_BINARY points at an existing file. The
// variable is set for this one command only — with it, `migrate deploy` would silently do
// nothing (see TOOLCHAIN.md).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
