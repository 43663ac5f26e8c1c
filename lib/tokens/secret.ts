import { createHash, randomBytes } from "node:crypto";

const SCHEME = "sanad_";
// The scheme plus 6 random characters: enough to tell a user's tokens apart, far too little to guess one.
const PREFIX_LENGTH = SCHEME.length + 6;
const SECRET_SHAPE = /^sanad_[A-Za-z0-9_-]{43}$/;

/** A new secret: `sanad_` + 32 random bytes in base64url. Only its hash is ever stored. */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = SCHEME + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}

/**
 * SHA-256 is enough for 256 random bits (no dictionary to defend against), and looking the hash up
 * by a unique index compares nothing secret-dependent in JavaScript, so no timing leak.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export const looksLikeTokenSecret = (value: string) => SECRET_SHAPE.test(value);
