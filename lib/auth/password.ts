import bcrypt from "bcryptjs";

// bcrypt's cost doubles the work per step; 11 keeps a sign-in near 100 ms on 2 cores.
const COST = 11;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
