import crypto from 'node:crypto';
import { PostgresConnection } from './postgres-connection';

/**
 * Makes sure every server sharing a PostgreSQL database has the same form
 * secret (config.ts formSecret) when the council has not set
 * LOCAL_OFFER_FORM_SECRET: the first server stores a random one in the
 * database and each server reads it into LOCAL_OFFER_FORM_SECRET before it
 * loads the site. So one setting, LOCAL_OFFER_DATABASE_URL, is enough.
 * Setting LOCAL_OFFER_FORM_SECRET on every server instead keeps the secret
 * out of the database (docs/two-servers.md says why that is better).
 *
 * Called by the production server (secure-server.ts) before it loads the
 * site. If the database cannot be reached, it tries again every 10 seconds
 * in the background: pages are served meanwhile, forms say they cannot save.
 */
export async function shareFormSecretThroughDatabase(url: string, retryMs = 10_000): Promise<void> {
  const attempt = async () => {
    const connection = new PostgresConnection(url, { maxConnections: 1 });
    try {
      await connection.query("INSERT INTO shared_secret (name, value) VALUES ('form-secret', $1) ON CONFLICT DO NOTHING", [
        crypto.randomBytes(32).toString('base64url'),
      ]);
      const { rows } = await connection.query<{ value: string }>("SELECT value FROM shared_secret WHERE name = 'form-secret'");
      process.env.LOCAL_OFFER_FORM_SECRET = rows[0].value;
      return true;
    } catch (error) {
      console.error(`The shared form secret could not be read from the database (${(error as Error).message}); trying again in ${retryMs / 1000} s.`);
      return false;
    } finally {
      await connection.close().catch(() => {});
    }
  };
  if (await attempt()) return;
  const retry = () => setTimeout(() => void attempt().then((done) => done || retry()), retryMs).unref();
  retry();
}
