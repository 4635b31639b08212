/**
 * `npm run cms:config`: writes public/admin/config.yml from the zod schemas.
 * `npm run cms:config -- --check` only compares, and fails if the committed
 * file is out of date (the unit tests do the same check).
 *
 * The schemas import without file extensions (Astro style), so they are
 * loaded through Vite's module runner rather than plain Node.
 */
import fs from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport<typeof import('../cms/build-config.ts')>('./cms/build-config.ts', {
  configFile: false,
  logLevel: 'error',
});
const fresh = module.buildConfigYaml();
const current = fs.existsSync(module.configPath) ? fs.readFileSync(module.configPath, 'utf8') : '';

if (process.argv.includes('--check')) {
  if (fresh !== current) {
    console.error(`${module.configPath} is out of date with src/schemas or cms/collections.ts: run \`npm run cms:config\` and commit it.`);
    process.exit(1);
  }
  console.log(`${module.configPath} matches the schemas.`);
} else {
  fs.mkdirSync('public/admin', { recursive: true });
  fs.writeFileSync(module.configPath, fresh);
  console.log(fresh === current ? `${module.configPath} was already up to date.` : `Wrote ${module.configPath}.`);
}
