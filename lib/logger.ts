// A tiny structured logger: one JSON line per event on stderr, no dependencies at the edge runtime.
type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", fields: Fields, message: string) {
  const err = fields.err instanceof Error ? { message: fields.err.message, stack: fields.err.stack } : fields.err;
  console.error(
    JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields, ...(err ? { err } : {}) }),
  );
}

export const logger = {
  info: (fields: Fields, message: string) => write("info", fields, message),
  warn: (fields: Fields, message: string) => write("warn", fields, message),
  error: (fields: Fields, message: string) => write("error", fields, message),
};
