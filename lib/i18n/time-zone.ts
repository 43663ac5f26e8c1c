/** The newsroom's time zone for dates in the UI (`SANAD_TIME_ZONE`, an IANA name); UTC when unset or unknown. */
export function timeZone(): string {
  const wanted = process.env.SANAD_TIME_ZONE;
  if (!wanted) return "UTC";
  try {
    return new Intl.DateTimeFormat("en", { timeZone: wanted }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}
