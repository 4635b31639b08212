import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentExamples, componentFile, examplesToday, notStandalone, type ComponentExample } from '../../src/components/examples';
import { astroFiles } from '../support/astro-files';
import { firstMissingInOrder, renderedText } from '../support/rendered-text';
import { renderExample } from '../support/render-example';

// Every example of every component (src/components/examples/) rendered once,
// checking the words a person gets in that state. The same examples get an
// axe check in a browser (tests/e2e/component-examples.test.ts).

let container: AstroContainer;
beforeAll(async () => {
  process.env.LOCAL_OFFER_TODAY = examplesToday;
  container = await AstroContainer.create();
});

const cases = componentExamples.flatMap((family) =>
  Object.entries(family.examples).map(([state, example]) => ({ name: `${componentFile(family.component)}: ${state}`, family, example })),
);

const render = (component: (typeof cases)[number]['family']['component'], example: ComponentExample) => renderExample(container, { component }, example);

describe('component examples', () => {
  it.each(cases)('$name', async ({ family, example }) => {
    if (example.fails) {
      await expect(render(family.component, example)).rejects.toThrow(example.fails);
      return;
    }
    expect(example.shows.length + (example.hides?.length ?? 0) + (example.markup?.length ?? 0), 'an example must check something').toBeGreaterThan(0);
    const html = await render(family.component, example);
    const text = renderedText(html);
    expect(firstMissingInOrder(text, example.shows), `words missing or out of order in: ${text}`).toBeUndefined();
    for (const words of example.hides ?? []) expect(text, `"${words}" should not be there`).not.toContain(words);
    for (const markup of example.markup ?? []) {
      if (typeof markup === 'string') expect(html).toContain(markup);
      else expect(html).toMatch(markup);
    }
  });
});

/** Every .astro file under src/components, as componentFile names them: "search/NoResults.astro". */
const componentFiles = () => astroFiles('src/components').map((file) => file.slice('src/components/'.length));

describe('the examples cover every component', () => {
  const withExamples = componentExamples.map((family) => componentFile(family.component));

  it('every component in src/components has examples, or a reason it cannot render on its own', () => {
    const covered = new Set([...withExamples, ...Object.keys(notStandalone)]);
    expect(componentFiles().filter((file) => !covered.has(file))).toEqual([]);
  });
  it('names each component once, and only components that exist', () => {
    const files = new Set(componentFiles());
    const named = [...withExamples, ...Object.keys(notStandalone)];
    expect(
      named.filter((file, i) => named.indexOf(file) !== i),
      'named twice',
    ).toEqual([]);
    expect(
      named.filter((file) => !files.has(file)),
      'no such component',
    ).toEqual([]);
  });
  it('gives each component at least one example', () => {
    expect(componentExamples.filter((family) => Object.keys(family.examples).length === 0).map((family) => componentFile(family.component))).toEqual([]);
  });
});
