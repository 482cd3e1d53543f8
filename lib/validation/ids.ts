/**
 * The one id rule: every row id is a UUID written 8-4-4-4-12 hex (any version or variant:
 * seeded fixed ids are not all RFC 4122 ones). The data layer checks an id from a URL or a
 * form with isUuid() before it reaches SQL — PostgreSQL refuses anything else as `uuid` with
 * an error (a 500), where an unknown id must be a 404. ESLint allows this shape as a regular
 * expression only here; compose larger patterns from UUID_SOURCE.
 */
export const UUID_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

const UUID = new RegExp(`^${UUID_SOURCE}$`, "i");

/** True when `value` is a string of the shape 8-4-4-4-12 hex digits (either case). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
