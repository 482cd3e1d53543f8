import "server-only";
import { randomInt } from "node:crypto";

// No look-alikes (0/O, 1/l/I) — the admin reads it out or writes it down for the user.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random temporary password: four groups of four, ~93 bits from a CSPRNG (e.g. "k7Qm-xR4t-Pz9a-Lw3e"). */
export function generateTemporaryPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}
