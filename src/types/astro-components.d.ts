// For plain `tsc` (tests import .astro components to render them with the
// Container API); Astro's own checker reads the components themselves.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
