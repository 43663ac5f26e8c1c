type JsonSchema = Record<string, unknown>;

export type TSchemaField = { name: string; type: string; required: boolean };

/** A short type for people: `string ≤ 300`, `"text" | "html"`, `integer 1–365`, `object[]`, `string | null`. */
export function describeType(schema: JsonSchema): string {
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return [...new Set(variants.map(describeType))].join(" | ");
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type as string | undefined);
  if (type === "array") return `${describeType((schema.items ?? {}) as JsonSchema)}[]`;
  if (!type) return "any";
  const min = schema.minimum ?? schema.minLength ?? schema.minItems;
  const max = schema.maximum ?? schema.maxLength ?? schema.maxItems;
  const bounded = max !== undefined && Number(max) < Number.MAX_SAFE_INTEGER;
  if (bounded && min !== undefined && Number(min) > 0) return `${type} ${min}–${max}`;
  return bounded ? `${type} ≤ ${max}` : type;
}

/**
 * The top-level fields of a body or query schema; a union of objects (e.g. a span or a quote) lists
 * each alternative's fields, required only where every alternative requires them.
 */
export function schemaFields(schema: JsonSchema): TSchemaField[] {
  const alternatives = ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined) ?? [schema];
  const objects = alternatives.filter((s) => s.properties);
  const fields = new Map<string, TSchemaField>();
  for (const object of objects) {
    const required = new Set((object.required ?? []) as string[]);
    for (const [name, property] of Object.entries(object.properties as Record<string, JsonSchema>)) {
      const type = describeType(property);
      const known = fields.get(name)?.type;
      const everywhere = objects.every((o) => ((o.required ?? []) as string[]).includes(name));
      fields.set(name, {
        name,
        type: known && known !== type ? `${known} | ${type}` : type,
        required: required.has(name) && everywhere,
      });
    }
  }
  return [...fields.values()];
}
