import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Settings for the forms server, all from environment variables so that
 * nothing secret or personal is ever in Git or in the built site.
 * Read when first needed (not at build time), so one build runs anywhere.
 */
export interface ServerConfig {
  /** Folder holding the survey database and the form secret: outside the site and outside Git. */
  dataDir: string;
  /** Shortest time, in seconds, between opening a survey and sending it: people cannot answer 15 questions faster. */
  surveyMinSeconds: number;
  /** How many form posts one client may send in 10 minutes (surveys and page feedback counted separately). */
  postsPerTenMinutes: number;
  /**
   * A PostgreSQL database shared by several servers (LOCAL_OFFER_DATABASE_URL, postgres://user:password@host/name),
   * or undefined for the embedded SQLite file in the data folder. Never logged: it may hold a password.
   */
  databaseUrl: string | undefined;
}

/** The shared database's address, checked: postgres:// or postgresql:// only, so a typo cannot fall back to SQLite unnoticed. */
function databaseUrl(): string | undefined {
  const raw = process.env.LOCAL_OFFER_DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error('LOCAL_OFFER_DATABASE_URL is not a valid address: it should look like postgres://user:password@host:5432/local_offer.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(`LOCAL_OFFER_DATABASE_URL must start with postgres:// (it starts with ${url.protocol}//).`);
  return raw.trim();
}

function whole(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min} (it is "${raw}").`);
  return value;
}

let config: ServerConfig | undefined;

export function serverConfig(): ServerConfig {
  config ??= {
    dataDir: path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data'),
    surveyMinSeconds: whole('LOCAL_OFFER_SURVEY_MIN_SECONDS', 10, 0),
    postsPerTenMinutes: whole('LOCAL_OFFER_RATE_LIMIT', 20, 1),
    databaseUrl: databaseUrl(),
  };
  return config;
}

let secret: Buffer | undefined;

/**
 * The key that signs form tokens (and keys the sign-in limits' hashes). From
 * LOCAL_OFFER_FORM_SECRET if set. Otherwise, with SQLite, made once and kept
 * in the data folder, readable only by the server's user, so tokens survive a
 * restart; with a shared PostgreSQL database, every server must have the same
 * one, so the production server reads it from the database before it serves
 * (forms/shared-secret.ts puts it in LOCAL_OFFER_FORM_SECRET).
 */
export function formSecret(): Buffer {
  if (secret) return secret;
  const fromEnv = process.env.LOCAL_OFFER_FORM_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('LOCAL_OFFER_FORM_SECRET must be at least 32 characters long.');
    secret = Buffer.from(fromEnv, 'utf8');
    return secret;
  }
  const { dataDir, databaseUrl } = serverConfig();
  if (databaseUrl) throw new Error('The shared form secret has not been read from the database yet (is it down?), and LOCAL_OFFER_FORM_SECRET is not set.');
  const file = path.join(dataDir, 'form-secret');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  secret = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
  return secret;
}

const purposeKeys = new Map<string, crypto.KeyObject>();

/** A key for one purpose derived from the form secret, so a token for one job can never pass for another. */
export function purposeKey(purpose: string): crypto.KeyObject {
  let key = purposeKeys.get(purpose);
  if (!key) {
    // Made once per purpose: a KeyObject saves re-importing the key on every HMAC, which shows in the benchmark.
    key = crypto.createSecretKey(crypto.createHmac('sha256', formSecret()).update(`local-offer:${purpose}`).digest());
    purposeKeys.set(purpose, key);
  }
  return key;
}
