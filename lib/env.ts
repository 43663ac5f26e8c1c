// Environment read in one place. Only what a fresh clone cannot run without is required.
export const isProduction = () => process.env.NODE_ENV === "production" && process.env.SANAD_LOCAL !== "1";

/** Demo accounts are listed on the sign-in page only on local starts (`npm start` sets SANAD_LOCAL=1). */
export const showDemoAccounts = () => process.env.SANAD_LOCAL === "1" || process.env.NODE_ENV !== "production";

/** Stops the boot when a production deployment lacks what it must set. */
export function assertProductionEnv(): void {
  if (!isProduction()) return;
  const missing = ["NEXTAUTH_SECRET", "DATABASE_URL"].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Sanad cannot start in production without ${missing.join(" and ")}. ` +
        "Set NEXTAUTH_SECRET to a long random string (e.g. `openssl rand -base64 32`) and DATABASE_URL to your PostgreSQL.",
    );
  }
}
