import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { FormsDatabase, databaseFileName } from '../../src/server/database';
import { SqliteStaffStore } from '../../src/server/staff/sqlite-store';
import { addAccount } from '../../src/server/staff/accounts';
import { hashPassword } from '../../src/server/staff/passwords';
import { hashToken } from '../../src/server/staff/tokens';
import type { StaffRole, StaffStore } from '../../src/server/staff/store';
import { PostgresFormsStore } from '../../src/server/forms/postgres-store';

/**
 * Staff accounts for tests, made the way `npm run officer -- add` makes them
 * (through the store, in the server's own data folder) and then set up as the
 * set-up page does. No back door in the server: the server only ever sees the
 * database, as it would after a real set-up.
 */
export const testStaffPassword = 'correct horse battery staple';

export async function withStaffStore<T>(dataDir: string, use: (store: SqliteStaffStore, database: FormsDatabase) => Promise<T>): Promise<T> {
  const database = new FormsDatabase(path.join(dataDir, databaseFileName));
  try {
    return await use(new SqliteStaffStore(database), database);
  } finally {
    await database.close();
  }
}

async function withPostgres<T>(url: string, use: (store: PostgresFormsStore) => Promise<T>): Promise<T> {
  const store = new PostgresFormsStore(url, { maxConnections: 2 });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** `where` is a server's data folder (its SQLite file) or the postgres:// address of the database several servers share. */
export async function addStaffAccount(where: string, email: string, role: StaffRole, options: { password?: string; totpSecret?: string } = {}): Promise<void> {
  const inStore = <T>(use: (store: StaffStore) => Promise<T>) =>
    /^postgres(ql)?:\/\//.test(where) ? withPostgres(where, (forms) => use(forms.staff)) : withStaffStore(where, (store) => use(store));
  await inStore(async (store) => {
    const link = await addAccount(store, email, role, 'http://127.0.0.1/');
    if (!link) throw new Error(`${email} already has an account`);
    const token = new URL(link).searchParams.get('token')!;
    await store.completeSetup(hashToken(token), await hashPassword(options.password ?? testStaffPassword), options.totpSecret ?? null, Date.now());
  });
}

/** A raw HTTP(S) request (fetch refuses TRACE, cannot choose the local address or accept a test certificate), with the body as text. */
export function rawRequest(
  origin: string,
  pathAndQuery: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      {
        host: url.hostname,
        port: url.port,
        path: pathAndQuery,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** Signs in with the sign-in form, from `localAddress` (another 127.x address is another client); the session cookie, or undefined. */
export async function signIn(
  origin: string,
  email: string,
  password = testStaffPassword,
  options: { code?: string; localAddress?: string } = {},
): Promise<{ status: number; cookie?: string; body: string }> {
  const body = new URLSearchParams({ email, password, code: options.code ?? '' }).toString();
  const res = await rawRequest(origin, '/officer/sign-in/', {
    method: 'POST',
    body,
    localAddress: options.localAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, 'content-length': String(Buffer.byteLength(body)) },
  });
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => /^(__Host-)?officer-session=./.test(c));
  return { status: res.status, cookie, body: res.body };
}
