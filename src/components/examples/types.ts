import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * One state of a component, as govuk-frontend's fixtures: what goes in, and
 * what a person must get out. The render test checks `shows`, `hides` and
 * `markup` (tests/components/component-examples.test.ts); the axe test puts
 * the same render on a page at 320 px with the site's CSS
 * (tests/e2e/component-examples.test.ts). So a new state added here is
 * checked for its words and for accessibility without another line of test.
 */
export interface ComponentExample {
  /** The component's props in this state. */
  props?: Record<string, unknown>;
  /** HTML for the component's slots, by name ("default" for the main one). */
  slots?: Record<string, string>;
  /** What the middleware tells an on-demand page (Astro.locals), e.g. who is signed in; the wording is the examples' own (renderExample). */
  locals?: Partial<App.Locals>;
  /**
   * Words a person gets from the render, in reading order: what is on screen
   * and what a screen reader says (visually hidden text counts; anything
   * `hidden` does not). Matched with runs of white space as one space.
   */
  shows: string[];
  /** Words that must not reach anyone in this state (a save link on a closed service, an error that is not there). */
  hides?: string[];
  /** Markup that words cannot show: where a link goes, a field's name, an attribute a script or Pagefind reads. */
  markup?: (string | RegExp)[];
  /** For content the build must refuse: the error the render stops with (the axe check skips it: there is no page). */
  fails?: string;
}

/** Every example state of one component. */
export interface ComponentExamples {
  component: AstroComponentFactory;
  /**
   * Where it sits on a page, for the axe check: 'head' for <link> tags,
   * 'header' for the site header, 'after-main' for what PageLayout puts after
   * <main>; by default in <main> under the page's <h1>.
   */
  place?: 'head' | 'header' | 'after-main';
  /** True when the component draws the page's <h1> itself, so the axe check's page adds none. */
  headingOne?: boolean;
  /** The markup around it on a real page (the list around a card, the heading above its <h3>), so axe sees it as pages use it. */
  wrap?: (html: string) => string;
  examples: Record<string, ComponentExample>;
}

/** The component's file under src/components, e.g. "search/NoResults.astro", from the id the Astro compiler gives it. */
export function componentFile(component: AstroComponentFactory): string {
  const id = component.moduleId?.replace(/\\/g, '/') ?? '';
  const at = id.lastIndexOf('/src/components/');
  if (at < 0) throw new Error(`An example's component has no file under src/components (module id "${id}").`);
  return id.slice(at + '/src/components/'.length);
}
