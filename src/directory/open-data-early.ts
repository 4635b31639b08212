import v8 from 'node:v8';
import { getOpenDataInput } from './open-data';
import { openDataStepListening, signalOpenDataInput } from '../integrations/open-data-signal';

let started = false;

/**
 * Called by the middleware for the first page Astro draws in a build: works
 * out the open data's input and hands it to the open data step, so a county's
 * Open Referral files are written on the other core while Astro draws its
 * pages one at a time on this one (src/integrations/open-data-check.ts).
 * The build-input page still saves the same input to disk for the step's own
 * check. Outside a build nobody listens, and this does nothing.
 */
export function startOpenDataEarly(): void {
  if (started || !openDataStepListening()) return;
  started = true;
  getOpenDataInput().then(
    (input) => signalOpenDataInput(new Uint8Array(v8.serialize(input)), input.services.length),
    // A failure here is met again, and reported, by the build-input page itself.
    () => undefined,
  );
}
