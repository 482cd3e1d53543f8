import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from "../../prisma/seed/demo-accounts";

export { DEMO_PASSWORD, DEMO_USERS };

/** The demo account of `role` (the first one when a role has several). */
export function demoUser(role: DemoUser["role"], email?: string): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.role === role && (!email || candidate.email === email));
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  // The first sign-in of a worker can meet a cold production server (route chunks, argon2,
  // database pools connecting) while the other worker keeps PGlite busy: 5 s was seen to be
  // too short once. Only a failing sign-in waits the full 15 s.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 15_000 });
}
