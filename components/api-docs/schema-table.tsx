type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  default?: unknown;
};

/** "string (pattern ^\d{5}$)" and the like: a schema's type in one short phrase. */
export function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum) return schema.enum.map(String).join(" | ");
  if (schema.type === "array" && schema.items) return `${typeOf(schema.items)}[]`;
  const extras = [
    schema.format,
    schema.pattern && `pattern ${schema.pattern}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.maxLength !== undefined && `≤ ${schema.maxLength} chars`,
  ].filter(Boolean);
  return `${Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "object")}${extras.length ? ` (${extras.join(", ")})` : ""}`;
}

/** The properties of an object schema as a table (name, type, required, description). */
export function SchemaTable({
  schema,
  labels,
}: {
  schema: JsonSchema;
  labels: { name: string; type: string; required: string; description: string; yes: string; no: string };
}) {
  const required = new Set(schema.required ?? []);
  // The portal's table pattern (components/ui/data-table.tsx): stacked rows on a phone.
  return (
    <div className="sm:overflow-x-auto">
      <table role="table" className="stacked-table min-w-full text-left text-sm">
        <thead role="rowgroup" className="bg-slate-100">
          <tr role="row">
            {[labels.name, labels.type, labels.required, labels.description].map((h) => (
              <th key={h} role="columnheader" scope="col" className="px-2 py-1">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-slate-100">
          {Object.entries(schema.properties ?? {}).map(([name, prop]) => (
            <tr key={name} role="row">
              <td role="cell" data-label={labels.name} className="px-2 py-1 font-mono">
                {name}
              </td>
              <td role="cell" data-label={labels.type} className="px-2 py-1 font-mono break-all">
                {typeOf(prop)}
              </td>
              <td role="cell" data-label={labels.required} className="px-2 py-1">
                {required.has(name) ? labels.yes : labels.no}
              </td>
              <td role="cell" data-label={labels.description} className="px-2 py-1">
                {prop.description ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
