// What tests/support/global-setup.ts provides to every end-to-end file.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared production server, e.g. http://127.0.0.1:41234 (absent when there is no build). */
    siteOrigin?: string;
    /** The shared Chromium's WebSocket address for playwright-core's `chromium.connect`. */
    browserEndpoint?: string;
  }
}
export {};
