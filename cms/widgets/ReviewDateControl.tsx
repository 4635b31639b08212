import { useMemo } from 'react';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { daysOverdue, formatDate, reviewDueDate } from '../../src/lib/review';
import { asDate } from '../previews/preview-props';
import { UkDateControl } from './UkDateControl';
import type { WidgetProps } from './widget-props';

/** Today as YYYY-MM-DD in the navigator's own time zone. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function isoOf(value: WidgetProps['value']): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.slice(0, 10) : '';
}

function dueText(lastReviewed: Date | undefined, nextReviewDue: Date | undefined): string {
  if (!lastReviewed) return 'Not checked yet.';
  const now = new Date();
  const due = reviewDueDate(lastReviewed, nextReviewDue);
  const overdue = daysOverdue(lastReviewed, now, nextReviewDue);
  if (overdue > 0) return `Due for review: the next check was due on ${formatDate(due)}, ${overdue} ${overdue === 1 ? 'day' : 'days'} ago.`;
  return `Next check due by ${formatDate(due)}.`;
}

/**
 * The "Last checked" field: a date, and a "Mark as reviewed today" button
 * that sets it in one action after a navigator has checked a service's
 * details. Under it, when the next check is due, worked out by
 * src/lib/review.ts (the same rule as the site's "may be out of date" notice).
 *
 * Must: work with a keyboard, be labelled by the field label Decap renders
 * (input id = forID), announce the new status politely after the button.
 */
export function ReviewDateControl({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry, field, ref }: WidgetProps) {
  // The date boxes, without a time, named as this field is (Decap's checks on save go through them: `ref`).
  const label = field?.get('label');
  const dateField = useMemo(() => fromJS({ label }) as ImmutableMap<string, unknown>, [label]);
  const iso = isoOf(value);
  const nextReviewDue = asDate(entry?.getIn(['data', 'nextReviewDue']));
  const markedToday = iso === todayIso();
  return (
    <div data-review-date className={classNameWrapper} style={{ display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'center' }}>
      <UkDateControl
        value={iso}
        onChange={onChange}
        forID={forID}
        classNameWrapper=""
        setActiveStyle={setActiveStyle}
        setInactiveStyle={setInactiveStyle}
        field={dateField}
        ref={ref}
      />
      {/* Already today: pressing again must not count as a change (a save would then write nothing, see cms/draft-guard.ts). */}
      <button type="button" onClick={() => markedToday || onChange(todayIso())} style={{ font: 'inherit', padding: '6px 12px', cursor: 'pointer' }}>
        Mark as reviewed today
      </button>
      <p aria-live="polite" style={{ margin: 0, flexBasis: '100%' }}>
        {markedToday ? 'Marked as reviewed today. ' : ''}
        {dueText(asDate(iso), nextReviewDue)}
        {nextReviewDue && nextReviewDue < new Date() && markedToday ? ' The “next check due” date has passed: clear it or set a new one.' : ''}
      </p>
      <a href="/admin/review/" target="_blank" rel="noopener">
        See everything due for review (opens in a new tab)
      </a>
    </div>
  );
}

/** How the date shows in Decap's default preview panes. */
export function ReviewDatePreview({ value }: { value?: string | Date }) {
  const date = asDate(isoOf(value));
  return <span>{date ? formatDate(date) : ''}</span>;
}
