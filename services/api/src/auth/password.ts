import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the OWASP minimum (m=19 MiB, t=2, p=1). `2` is `Algorithm.Argon2id`, a const enum. */
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A hash of a password nobody knows, verified against for unknown accounts so both answers take as long. */
let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Verifies a password; with no hash (unknown account) it still does the work and returns false. */
export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}
