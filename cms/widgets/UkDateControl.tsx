import { useEffect, useImperativeHandle, useRef, useState, type ReactElement } from 'react';
import { formatDate } from '../../src/lib/review';
import { asDate } from '../previews/preview-props';
import type { WidgetHandle, WidgetProps } from './widget-props';

interface Parts {
  day: string;
  month: string;
  year: string;
  time: string;
}

const pad = (n: string) => n.padStart(2, '0');

/** The boxes' contents for a stored value. */
export function partsOf(value: WidgetProps['value']): Parts {
  const text = value instanceof Date ? value.toISOString() : (value ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(text);
  if (!m) return { day: '', month: '', year: '', time: '' };
  return { year: m[1], month: String(Number(m[2])), day: String(Number(m[3])), time: m[4] ?? '' };
}

/** The stored value for the boxes' contents, or '' while they do not yet make a real date (and time). */
export function valueOf(parts: Parts, withTime: boolean): string {
  const { day, month, year, time } = parts;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return '';
  if (!withTime) return iso;
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return '';
  return `${iso}T${pad(t[1])}:${t[2]}`;
}

/**
 * What Decap asks the field on save: a date half typed in the boxes (13 as a
 * month, no year yet) is not saved, and says so under the field in red;
 * empty boxes are left to Decap's own "is required" check.
 */
export function controlHandle(parts: Parts, withTime: boolean, label: string, focus: () => void): WidgetHandle {
  const stored = valueOf(parts, withTime);
  const typed = Boolean(parts.day || parts.month || parts.year || parts.time);
  const example = withTime ? 'for example 5, 12, 2026 and 18:30' : 'for example 5, 12, 2026';
  return {
    isValid: () =>
      stored || !typed ? true : { error: { type: 'CUSTOM', message: `${label}: not a real date${withTime ? ' and time' : ''} yet, ${example}.` } },
    getValidateValue: () => stored || (typed ? 'typed' : ''),
    focus,
  };
}

const box = { font: 'inherit', padding: '6px 8px', border: '2px solid #0b0c0c', borderRadius: 0 } as const;

/**
 * Dates in the editor the UK way: the GOV.UK date input (Day, Month, Year
 * boxes), and for events a time on the 24-hour clock, UK time. Decap's own
 * date picker shows the browser's format (mm/dd/yyyy in an American-set
 * browser), "UTC" beside times and a "Now" button that makes no sense for a
 * future event. Stored as the schemas expect: "2026-12-05", or
 * "2026-12-05T10:00" when the field has a time (`time: true` in config.yml).
 *
 * Must: work with a keyboard alone; each box has its own label; the field
 * label Decap renders points at the Day box (id = forID); the date is read
 * back in words ("5 December 2026") so a slip (13/05 for 05/13) is seen.
 */
export function UkDateControl({ value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field, ref }: WidgetProps) {
  const withTime = Boolean(field?.get('time'));
  const [parts, setParts] = useState<Parts>(() => partsOf(value));
  const dayBox = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => controlHandle(parts, withTime, String(field?.get('label') ?? 'Date'), () => dayBox.current?.focus()), [
    parts,
    withTime,
    field,
  ]);
  // A value set from outside the boxes ("Mark as reviewed today") shows in them.
  const outside = partsOf(value);
  useEffect(() => {
    if (valueOf(outside, withTime) && valueOf(outside, withTime) !== valueOf(parts, withTime)) setParts(outside);
  }, [value]);
  const update = (change: Partial<Parts>) => {
    const next = { ...parts, ...change };
    setParts(next);
    const stored = valueOf(next, withTime);
    const empty = !next.day && !next.month && !next.year && !next.time;
    // Half-typed dates are kept in the boxes; the stored value waits until they make a real date.
    if (stored || empty) onChange(stored);
  };
  const stored = valueOf(parts, withTime);
  const date = asDate(stored);
  const said = date ? `${formatDate(date)}${withTime ? ` at ${stored.slice(11)} (UK time)` : ''}` : '';
  const labelled = (id: string, text: string, input: ReactElement) => (
    <div style={{ display: 'inline-flex', flexDirection: 'column', marginRight: '16px' }}>
      <label htmlFor={id} style={{ fontWeight: 'normal', marginBottom: '4px' }}>
        {text}
      </label>
      {input}
    </div>
  );
  const numberBox = (key: 'day' | 'month' | 'year', id: string, text: string, width: string) =>
    labelled(
      id,
      text,
      <input
        id={id}
        ref={key === 'day' ? dayBox : undefined}
        inputMode="numeric"
        autoComplete="off"
        value={parts[key]}
        onChange={(e) => update({ [key]: e.target.value.trim() })}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
        style={{ ...box, width }}
      />,
    );
  return (
    <div data-uk-date className={classNameWrapper} role="group" aria-describedby={`${forID}-said`}>
      {numberBox('day', forID, 'Day', '3em')}
      {numberBox('month', `${forID}-month`, 'Month', '3em')}
      {numberBox('year', `${forID}-year`, 'Year', '5em')}
      {withTime &&
        labelled(
          `${forID}-time`,
          'Time (24-hour clock)',
          <input
            id={`${forID}-time`}
            autoComplete="off"
            placeholder="10:00"
            value={parts.time}
            onChange={(e) => update({ time: e.target.value })}
            onFocus={setActiveStyle}
            onBlur={setInactiveStyle}
            style={{ ...box, width: '5em' }}
          />,
        )}
      <p id={`${forID}-said`} aria-live="polite" style={{ margin: '8px 0 0' }}>
        {said || (parts.day || parts.month || parts.year ? 'Not a date yet: for example 5, 12, 2026.' : '')}
      </p>
    </div>
  );
}

/** How the date shows in Decap's default preview panes. */
export function UkDatePreview({ value }: { value?: string | Date }) {
  const parts = partsOf(value);
  const stored = valueOf(parts, Boolean(parts.time));
  const date = asDate(stored);
  return <span>{date ? `${formatDate(date)}${parts.time ? ` at ${parts.time}` : ''}` : ''}</span>;
}
