import { describe, expect, it } from 'vitest';
import { firstMissingInOrder, renderedText } from '../support/rendered-text';

// The component examples' words are checked against this reading of the HTML, so it must
// keep what people get (screen reader text too) and drop what nobody does.
describe('the words a person gets from some HTML', () => {
  it('keeps visually hidden text, drops hidden elements, scripts, styles and templates', () => {
    const html =
      '<p>Save <span class="govuk-visually-hidden">Chatterbox </span>to my list</p><p hidden>Not <b>shown</b></p>' +
      '<script>alert(1)</script><style>p{}</style><template><p>Later</p></template>';
    expect(renderedText(html)).toBe('Save Chatterbox to my list');
  });
  it('separates blocks, runs inline elements on, decodes entities and folds white space (a non-breaking space too)', () => {
    expect(renderedText('<ul><li>Free</li><li>Ages&nbsp;2 to 4</li></ul><p><a href="/">Home</a>page &amp;\n  more</p>')).toBe(
      'Free Ages 2 to 4 Homepage & more',
    );
  });
  it('finds phrases only in the order given', () => {
    expect(firstMissingInOrder('Name, then when, then where', ['Name', 'when', 'where'])).toBeUndefined();
    expect(firstMissingInOrder('Name, then when, then where', ['when', 'Name'])).toBe('Name');
  });
});
