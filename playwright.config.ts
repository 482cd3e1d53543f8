import { defineConfig } from "@playwright/test";

// Started by scripts/e2e.ts, which builds the app, starts it on a fresh database and passes
// BASE_URL, DATABASE_URL and CHROMIUM_PATH (Debian's Chromium: no browser download exists here).
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // Generous: a first sign-in on a cold production server hashes with argon2 and compiles routes,
  // and the embedded database serves the portal over one connection (DB_POOL_MAX=1).
  timeout: 90_000,
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    locale: "id-ID",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "journeys", testIgnore: /forbidden-matrix\.spec\.ts/ },
    // Compares database snapshots, so it runs alone after every journey has finished.
    {
      name: "forbidden-matrix",
      testMatch: /forbidden-matrix\.spec\.ts/,
      dependencies: ["journeys"],
      fullyParallel: false,
    },
  ],
});
