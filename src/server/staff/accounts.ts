import { hashToken, newSecretToken } from './tokens';
import { staffRoles, type StaffRole, type StaffStore } from './store';

/**
 * Adding and changing local accounts, for `npm run officer` (scripts/officer.ts).
 * A new account has no password: it gets a one-time set-up link, valid for
 * 3 days, which the person opens to choose one. Only the link's hash is stored.
 */
export const setupLinkLifetimeMs = 3 * 24 * 60 * 60 * 1000;
const actor = 'command line';

export const isEmail = (value: string) => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(value) && value.length <= 254;
export const isRole = (value: string | undefined): value is StaffRole => (staffRoles as readonly string[]).includes(value ?? '');

const setupLink = (siteUrl: string, token: string) => new URL(`/officer/set-up/?token=${token}`, siteUrl).href;

export async function addAccount(store: StaffStore, email: string, role: StaffRole, siteUrl: string, now = Date.now()): Promise<string | undefined> {
  const token = newSecretToken();
  const added = await store.addAccount(email.toLowerCase(), role, { tokenHash: hashToken(token), expiresAt: now + setupLinkLifetimeMs }, actor);
  return added ? setupLink(siteUrl, token) : undefined;
}

export async function resetAccount(store: StaffStore, email: string, siteUrl: string, now = Date.now()): Promise<string | undefined> {
  const token = newSecretToken();
  const done = await store.replaceSetupLink(email, { tokenHash: hashToken(token), expiresAt: now + setupLinkLifetimeMs }, actor);
  return done ? setupLink(siteUrl, token) : undefined;
}

export const removeAccount = (store: StaffStore, email: string) => store.removeAccount(email, actor);
export const changeRole = (store: StaffStore, email: string, role: StaffRole) => store.changeRole(email, role, actor);

const usage = `Usage: npm run officer -- <command>

  add <email> --role officer|forum   add an account; prints a one-time set-up link (3 days)
  reset <email>                      a new set-up link (forgotten password or lost phone); signs them out
  role <email> officer|forum         change the role; signs them out everywhere
  remove <email>                     remove the account; signs them out everywhere
  sign-out <email>                   end every session of this address now (also for single sign-on)
  list                               every account, its role and whether it is set up

Set LOCAL_OFFER_DATA_DIR to the server's data folder and SITE_URL to the site's address.`;

/** Runs one command; returns the exit code. Output goes through `print`. */
export async function runOfficerCommand(store: StaffStore, args: string[], siteUrl: string, print: (line: string) => void): Promise<number> {
  const [command, email, ...rest] = args;
  const roleFlag = rest.indexOf('--role');
  const role = command === 'role' ? rest[0] : roleFlag >= 0 ? rest[roleFlag + 1] : undefined;
  if (command === 'list') {
    for (const a of await store.listAccounts())
      print(`${a.email}\t${a.role}\t${a.passwordHash ? (a.totpSecret ? 'set up, with authenticator app' : 'set up') : 'waiting for set-up'}`);
    return 0;
  }
  if (!command || !['add', 'reset', 'role', 'remove', 'sign-out'].includes(command) || !email) return (print(usage), 2);
  if (!isEmail(email)) return (print(`"${email}" is not an e-mail address.`), 2);
  if ((command === 'add' || command === 'role') && !isRole(role))
    return (print('Give the role: officer (reads answers, exports, deletes) or forum (summaries only).'), 2);
  if (command === 'add') {
    const link = await addAccount(store, email, role as StaffRole, siteUrl);
    if (!link) return (print(`${email} already has an account. Use "reset" for a new set-up link.`), 1);
    print(`Added ${email} as ${role}. Send them this set-up link (it works once, for 3 days):\n${link}`);
    return 0;
  }
  if (command === 'reset') {
    const link = await resetAccount(store, email, siteUrl);
    if (!link) return (print(`There is no account for ${email}.`), 1);
    print(`New set-up link for ${email} (works once, for 3 days; their old password no longer works once it is used):\n${link}`);
    return 0;
  }
  if (command === 'sign-out') {
    const ended = await store.endSessionsFor(email, actor);
    print(`Ended ${ended} ${ended === 1 ? 'session' : 'sessions'} of ${email}.`);
    return 0;
  }
  const done = command === 'role' ? await changeRole(store, email, role as StaffRole) : await removeAccount(store, email);
  if (!done) return (print(`There is no account for ${email}.`), 1);
  print(command === 'role' ? `${email} is now ${role}, and has been signed out everywhere.` : `Removed ${email} and signed them out everywhere.`);
  return 0;
}
