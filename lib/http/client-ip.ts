/**
 * The client's IP address from X-Forwarded-For. The RIGHTMOST entry is used: it is the one
 * appended by the nearest hop (our reverse proxy, or Next.js itself, which fills the header
 * from the socket when it is absent); entries further left are whatever the client sent and
 * must not be trusted — taking the first one would let an attacker pick a fresh "IP" for every
 * sign-in attempt and walk past the per-IP limit. Deploy behind exactly one reverse proxy that
 * appends the peer address (nginx `$proxy_add_x_forwarded_for`); with none, a client that sends
 * its own header is still counted under the value it sent (documented in ARCHITECTURE.md).
 */
export function clientIpFromForwardedFor(value: string | string[] | null | undefined): string | null {
  const header = Array.isArray(value) ? value.join(",") : value;
  const entries = (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  // An IPv4 or IPv6 literal; anything else (garbage, a huge string) is not an address.
  return last && /^[0-9a-fA-F.:]{2,45}$/.test(last) ? last : null;
}
