/**
 * One structured log line (JSON) on stdout/stderr: background work has no request to answer,
 * so its outcome must be findable in the logs. Errors are reduced to their message.
 */
export function logLine(level: "info" | "warn" | "error", msg: string, fields: Record<string, unknown> = {}): void {
  const entries = Object.entries(fields).map(([key, value]) => [key, value instanceof Error ? value.message : value]);
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...Object.fromEntries(entries) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}
