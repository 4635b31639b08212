/**
 * How the build's pages tell the open data step (open-data-check.ts) that the
 * open data's input is ready, through globalThis: the pages run in Astro's
 * bundle, the step in the build's own modules, in one process. Nothing else
 * here, so the bundle does not take in the build step.
 */
export const openDataInputReady = Symbol.for('local-offer.open-data-input-ready');

export type OpenDataInputReady = (input: Uint8Array, services: number) => void;

/** True while a build is drawing pages and the open data step is listening (never in astro dev or the server). */
export function openDataStepListening(): boolean {
  return typeof (globalThis as Record<symbol, unknown>)[openDataInputReady] === 'function';
}

/** Hands the step the input; does nothing outside a build. */
export function signalOpenDataInput(input: Uint8Array, services: number): void {
  (globalThis as Record<symbol, OpenDataInputReady | undefined>)[openDataInputReady]?.(input, services);
}
