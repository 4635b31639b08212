/**
 * The family's dates as this browser keeps them (localStorage, one key).
 * Never sent anywhere: nothing on the EHC journey page posts or fetches them.
 * A stored value is checked field by field, so a damaged or old entry loses
 * only what is wrong, never the whole timeline.
 */
import { isCalendarDate, type CalendarDate } from '../lib/calendar-date';
import type { AssessmentDates, ReviewDates } from '../lib/ehc-timeline/timeline';

export const storageKey = 'local-offer:ehc-dates';

export interface SavedDates {
  /** Which journey was on screen last. */
  journey: 'assessment' | 'review';
  assessment?: AssessmentDates;
  review?: ReviewDates;
}

const date = (v: unknown): CalendarDate | undefined => (isCalendarDate(v) ? v : undefined);
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T | undefined => (values.includes(v as T) ? (v as T) : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function withOutcome<T extends string>(v: unknown, outcomes: readonly T[]): { date: CalendarDate; outcome: T } | undefined {
  const o = obj(v);
  const d = date(o.date);
  const outcome = oneOf(o.outcome, outcomes);
  return d && outcome ? { date: d, outcome } : undefined;
}

/** Only defined keys, so a parsed value compares equal to what was saved. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function parseSavedDates(text: string | null): SavedDates | undefined {
  if (!text) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = obj(JSON.parse(text));
  } catch {
    return undefined;
  }
  const a = obj(raw.assessment);
  const r = obj(raw.review);
  const requestReceived = date(a.requestReceived);
  const planOrLastReview = date(r.planOrLastReview);
  const move = obj(r.phaseTransfer);
  const moveKind = oneOf(move.move, ['school', 'post-16'] as const);
  const assessment: AssessmentDates | undefined = requestReceived
    ? compact({
        journey: 'assessment' as const,
        requestReceived,
        decisionToAssess: withOutcome(a.decisionToAssess, ['assess', 'refuse'] as const),
        draftPlan: date(a.draftPlan),
        noPlan: date(a.noPlan),
        finalPlan: date(a.finalPlan),
        mediationCertificate: date(a.mediationCertificate),
      })
    : undefined;
  const review: ReviewDates | undefined = planOrLastReview
    ? compact({
        journey: 'review' as const,
        planOrLastReview,
        reviewMeeting: date(r.reviewMeeting),
        reviewDecision: withOutcome(r.reviewDecision, ['keep', 'amend', 'cease'] as const),
        amendedPlan: date(r.amendedPlan),
        phaseTransfer: moveKind && Number.isInteger(move.year) ? { move: moveKind, year: move.year as number } : undefined,
        mediationCertificate: date(r.mediationCertificate),
      })
    : undefined;
  if (!assessment && !review) return undefined;
  const journey = oneOf(raw.journey, ['assessment', 'review'] as const) ?? (assessment ? 'assessment' : 'review');
  return compact({ journey, assessment, review });
}

/** Reads what this browser has saved; undefined if nothing (or storage is blocked). */
export function loadSavedDates(storage: Storage | undefined = globalThis.localStorage): SavedDates | undefined {
  try {
    return parseSavedDates(storage?.getItem(storageKey) ?? null);
  } catch {
    return undefined;
  }
}

/** False when the browser refuses to store (private mode with storage off, or full). */
export function saveDates(dates: SavedDates, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify(dates));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function deleteSavedDates(storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    /* nothing was stored */
  }
}
