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
}
