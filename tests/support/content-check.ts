import { execFileSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

export interface ContentCheck {
  failed: boolean;
  /** What a navigator would read in the terminal, without colour codes. */
  output: string;
}

/**
 * Runs Astro's content check (`astro sync`) over a fixture content folder,
 * the same validation `npm run build` does first. Colour codes are stripped
 * because CI (CI=true) turns colour on and splits "field: message" apart.
 */
export function checkContent(contentDir: string): ContentCheck {
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
      env: { ...process.env, LOCAL_OFFER_CONTENT: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: 'pipe',
      encoding: 'utf8',
    });
    return { failed: false, output: '' };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { failed: true, output: stripVTControlCharacters(`${e.stdout}\n${e.stderr}`) };
  }
}
