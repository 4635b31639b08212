/**
 * `npm run doctor [-- --env-file /etc/local-offer/environment] [--url https://localoffer.council.example] [--build-only]`
 *
 * Checks a production configuration and says, one line each, what to fix:
 * the site's public address, the officer sign-in, the data folder (private,
 * outside the site), how the site was built (behind a proxy or not) and,
 * with --url, that the live site answers through nginx with HTTPS, HSTS and
 * the forwarded headers the build expects. Exit code 1 when anything fails.
 * `--build-only` checks only what CI can (the address and the build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addressNotSet, readRawSettings, siteAddress } from '../src/lib/site-address.ts';
import { DatabaseSync } from 'node:sqlite';
import { checkDatabaseWritable } from '../src/server/health.ts';

/** Officer accounts with a password, read-only from the forms database; 0 when there is none yet. */
function setUpOfficers(dataDir: string): number {
  const file = path.join(dataDir, 'local-offer-forms.sqlite');
  if (!fs.existsSync(file)) return 0;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Number((db.prepare("SELECT count(*) AS n FROM staff_account WHERE role = 'officer' AND password_hash IS NOT NULL").get() as { n: number }).n);
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

const { values } = parseArgs({
  options: { 'env-file': { type: 'string' }, url: { type: 'string' }, 'build-only': { type: 'boolean' }, dist: { type: 'string' } },
});
if (values['env-file']) {
  try {
    process.loadEnvFile(values['env-file']);
  } catch (error) {
    console.error(`Cannot read ${values['env-file']} (${(error as NodeJS.ErrnoException).code}): run the doctor as a user who can, e.g. sudo.`);
    process.exit(2);
  }
}
const dist = path.resolve(values.dist ?? 'dist');
let failures = 0;
const pass = (line: string) => console.log(`  ok    ${line}`);
const fail = (line: string, fix: string) => {
  failures += 1;
  console.log(`  FIX   ${line}: ${fix}`);
};

console.log('The site');
const address = siteAddress();
if (address === addressNotSet)
  fail('The public address is not set', 'add siteUrl to content/settings/site.yaml, e.g. siteUrl: https://localoffer.council.example');
else if (!address.startsWith('https://')) fail(`The public address is ${address}`, 'it must start with https://');
else if (/\.example(\/|$)/.test(new URL(address).hostname + '/') && !process.env.LOCAL_OFFER_DOCTOR_ALLOW_EXAMPLE)
  fail(`The public address is ${address}, a made-up one`, "put the council's own address in siteUrl in content/settings/site.yaml");
else pass(`Public address ${address}`);
const editor = readRawSettings().editor as { gitlabUrl?: string } | undefined;
if (!editor?.gitlabUrl && !process.env.PUBLIC_CMS_GITLAB_URL)
  fail("The editor's GitLab is not set", 'add editor (gitlabUrl, repository, applicationId) to content/settings/site.yaml');
else pass(`Editor saves to ${process.env.PUBLIC_CMS_GITLAB_URL ?? editor!.gitlabUrl}`);

const infoFile = path.join(dist, 'server/build-info.json');
const info = fs.existsSync(infoFile) ? (JSON.parse(fs.readFileSync(infoFile, 'utf8')) as { buildId: string; site: string; behindProxy: boolean }) : undefined;
if (!info) fail(`No build in ${dist}`, 'run LOCAL_OFFER_BEHIND_PROXY=1 npm run build');
else {
  if (info.site !== address)
    fail(`The build is for ${info.site}, the settings say ${address}`, 'build again (npm run build) so links, feeds and open data use the right address');
  else pass(`Build ${info.buildId} is for that address`);
  if (!info.behindProxy)
    fail('The build does not expect a proxy', 'behind nginx, build with LOCAL_OFFER_BEHIND_PROXY=1 npm run build, or every form post is refused');
  else pass('The build expects a proxy that ends HTTPS (LOCAL_OFFER_BEHIND_PROXY=1)');
}

if (!values['build-only']) {
  console.log('The server');
  const dataDir = path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data');
  // Officer sign-in: the council's identity provider (docs/staff-access.md), or at least one officer account that has been set up.
  const oidc = ['LOCAL_OFFER_OIDC_ISSUER', 'LOCAL_OFFER_OIDC_CLIENT_ID', 'LOCAL_OFFER_OIDC_CLIENT_SECRET'];
  const oidcSet = oidc.filter((name) => process.env[name]);
  const officers = setUpOfficers(dataDir);
  if (oidcSet.length > 0 && oidcSet.length < oidc.length)
    fail(
      `Single sign-on is half configured (${oidcSet.join(', ')})`,
      `also set ${oidc.filter((n) => !process.env[n]).join(' and ')}, see docs/staff-access.md`,
    );
  else if (oidcSet.length === oidc.length) pass(`Officer sign-in through ${process.env.LOCAL_OFFER_OIDC_ISSUER}`);
  else if (officers > 0) pass(`Officer sign-in with ${officers} set-up officer ${officers === 1 ? 'account' : 'accounts'}`);
  else
    fail(
      'Nobody can sign in to the officer view',
      'configure single sign-on (LOCAL_OFFER_OIDC_*) or run npm run officer -- add <email> --role officer, see docs/staff-access.md',
    );

  const site = path.resolve('.');
  if (!process.env.LOCAL_OFFER_DATA_DIR)
    fail('LOCAL_OFFER_DATA_DIR is not set', 'set it to a folder outside the site, such as /var/lib/local-offer (the systemd unit does)');
  if (dataDir === site || dataDir.startsWith(site + path.sep) || dataDir.startsWith(dist + path.sep))
    fail(`The data folder ${dataDir} is inside the site`, 'move it outside the site and Git, e.g. /var/lib/local-offer');
  else if (fs.existsSync(dataDir)) {
    const mode = fs.statSync(dataDir).mode & 0o777;
    if (mode & 0o077)
      fail(
        `The data folder ${dataDir} can be read by others (mode ${mode.toString(8)})`,
        `chmod 700 ${dataDir} (the systemd unit's StateDirectoryMode does this)`,
      );
    else pass(`Data folder ${dataDir} is private`);
    const secret = path.join(dataDir, 'form-secret');
    if (fs.existsSync(secret) && fs.statSync(secret).mode & 0o077) fail(`${secret} can be read by others`, `chmod 600 ${secret}`);
  } else pass(`Data folder ${dataDir} will be made, private, on the first form`);
  const writable = checkDatabaseWritable(dataDir);
  if (!writable.ok) fail('The survey database cannot be written', `${writable.problem}: check the folder belongs to the service's user`);
}

if (values.url) {
  console.log('Through the proxy');
  const url = new URL('/healthz', values.url);
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    const hsts = response.headers.get('strict-transport-security');
    if (url.protocol !== 'https:') fail(`${values.url} is not HTTPS`, 'give the https:// address');
    if (!hsts) fail('No Strict-Transport-Security header', 'include deploy/nginx/local-offer.conf as it is (add_header Strict-Transport-Security)');
    else pass(`HSTS: ${hsts}`);
    const body = (await response.json().catch(() => undefined)) as { status?: string; behindProxy?: boolean; forwardedProto?: string | null } | undefined;
    if (!body)
      fail(
        `${url} did not answer from the Node server (${response.status})`,
        'check the /healthz location in the nginx site and that the service is running (systemctl status local-offer)',
      );
    else {
      if (response.status !== 200)
        fail(`/healthz answered ${response.status} (${body.status})`, 'the database cannot be written: check LOCAL_OFFER_DATA_DIR and its owner');
      else pass('/healthz answered 200: the database can be written');
      if (body.behindProxy && body.forwardedProto !== 'https')
        fail(
          'The server expects a proxy, but nginx does not say the visit was HTTPS',
          'include deploy/nginx/local-offer-proxy.conf in each proxied location (X-Forwarded-Proto https)',
        );
      else if (!body.behindProxy && body.forwardedProto)
        fail(
          'nginx forwards visits but the build does not expect a proxy',
          'build with LOCAL_OFFER_BEHIND_PROXY=1 npm run build, or every form post is refused',
        );
      else pass('The build and the proxy agree about HTTPS');
    }
  } catch (error) {
    fail(`${url} could not be reached`, `${(error as Error).message}: check the address, the certificate and that nginx is running`);
  }
}

console.log(failures ? `\n${failures} ${failures === 1 ? 'thing needs' : 'things need'} fixing.` : '\nAll checks passed.');
process.exit(failures ? 1 : 0);
