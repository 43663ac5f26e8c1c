import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { openSchemaEngine } from "./schema-engine";

// The wasm engine cannot introspect a live database through the driver adapter,
// so drift is found by building schema.prisma into a scratch schema and
// comparing the catalog of both: what the migrations made vs what the schema says.
const CATALOG = `
  select 'column' as kind, table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') as item
    from information_schema.columns where table_schema = $1 and table_name <> '_prisma_migrations'
  union all
  select 'index', replace(indexdef, ' ' || quote_ident($1) || '.', ' ') from pg_indexes where schemaname = $1 and tablename <> '_prisma_migrations'
  union all
  select 'constraint', conrelid::regclass::text || ' ' || pg_get_constraintdef(c.oid)
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = $1 and conrelid::regclass::text <> '_prisma_migrations'
  union all
  select 'enum', t.typname || '.' || e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid join pg_namespace n on n.oid = t.typnamespace where n.nspname = $1
  order by 1, 2`;

async function schemaSql(schema: string, url: string): Promise<string> {
  const engine = await openSchemaEngine(url, schema);
  try {
    const files = [{ path: "schema.prisma", content: schema }];
    const { stdout } = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (stdout ?? "").replace(/CREATE SCHEMA IF NOT EXISTS "public";/g, "");
  } finally {
    engine.free();
  }
}

/** Lines present in only one of: the migrated database, a database made from schema.prisma. Empty means no drift. */
export async function findSchemaDrift(url: string): Promise<string[]> {
  const schema = await readFile("prisma/schema.prisma", "utf8");
  const sql = await schemaSql(schema, url);
  const scratch = `drift_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema ${scratch}; set search_path to ${scratch}`);
    await client.query(sql);
    await client.query("set search_path to public");
    const read = async (name: string) =>
      (await client.query(CATALOG, [name])).rows.map((r) => `${r.kind} ${String(r.item).replaceAll(`${name}.`, "")}`);
    const [migrated, expected] = await Promise.all([read("public"), read(scratch)]);
    return [
      ...migrated.filter((l) => !expected.includes(l)).map((l) => `only in migrations: ${l}`),
      ...expected.filter((l) => !migrated.includes(l)).map((l) => `only in schema.prisma: ${l}`),
    ];
  } finally {
    await client.query(`drop schema if exists ${scratch} cascade`).catch(() => {});
    await client.end();
  }
}
