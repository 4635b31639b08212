import type { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { ComponentExample, ComponentExamples } from '../../src/components/examples';
import { exampleSiteSettings } from '../../src/components/examples/site-settings';
import { wordingFor } from '../../src/directory/wording';

/**
 * One example drawn as a page would draw it: with the props and slots it gives, and what the middleware
 * gives every page (Astro.locals): the wording, from the examples' own settings, and whatever the example adds.
 * The render test and the axe test draw the same markup through this.
 */
export function renderExample(
  container: AstroContainer,
  family: Pick<ComponentExamples, 'component'>,
  example: Pick<ComponentExample, 'props' | 'slots' | 'locals'>,
): Promise<string> {
  return container.renderToString(family.component, {
    props: example.props ?? {},
    slots: example.slots,
    locals: { wording: wordingFor(exampleSiteSettings), ...example.locals },
  });
}
