import type { Ref } from 'react';
import type { Map as ImmutableMap } from 'immutable';

/**
 * What Decap hands every control widget we register (the parts our widgets
 * use), one type for all of them. Must: label the input Decap's field label
 * points at with `forID`, and report changes through `onChange` only.
 */
export interface WidgetProps {
  /** The stored value: a string as the schemas expect, or a Date YAML read from an unquoted date. */
  value?: string | Date;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  /** The field's settings from config.yml (`time: true`, say). */
  field: ImmutableMap<string, unknown>;
  /** The whole entry, for widgets that read another field (the review date reads `nextReviewDue`). */
  entry?: ImmutableMap<string, unknown>;
  /**
   * Decap checks a field on save (required, and the widget's own isValid) only
   * if its control hands back a ref (Widget.js, processInnerControlRef): a
   * function component that ignores it is never checked, so a required date
   * left empty was never marked in red. React 19 passes `ref` as a prop.
   */
  ref?: Ref<WidgetHandle>;
}

/** What a control offers Decap through its ref. */
export interface WidgetHandle {
  /** true, or the reason in the form's words (Decap lists it under the field, in red). */
  isValid: () => true | { error: { type: 'CUSTOM'; message: string } };
  /** The value Decap checks for presence: the stored text (a Date read from YAML counts as given). */
  getValidateValue: () => string;
  /** Decap moves here to show the field. */
  focus: () => void;
}
