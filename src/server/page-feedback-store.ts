import { addMonths, type FormsDatabase } from './database';

export interface PageFeedbackCount {
  page: string;
  yes: number;
  no: number;
  comments: number;
}

export interface PageFeedbackComment {
  page: string;
  useful: boolean;
  lookingFor: string;
  submittedAt: string;
}

/**
 * Stores one "Was this page useful?" answer. `repeatKey` identifies the same
 * answer from the same browser within a few minutes (see page-feedback.ts);
 * a repeat stores nothing, so a double click or a resend counts once.
 */
export function savePageFeedback(
  database: FormsDatabase,
  feedback: { page: string; useful: boolean; lookingFor?: string; repeatKey: string; keepForMonths: number },
  now = new Date(),
): Promise<{ alreadySaved: boolean }> {
  return database.write('savePageFeedback', {
    page: feedback.page,
    useful: feedback.useful,
    lookingFor: feedback.lookingFor,
    repeatKey: feedback.repeatKey,
    submittedAt: now.toISOString(),
    deleteAfter: addMonths(now, feedback.keepForMonths).toISOString(),
  });
}

/** Yes and no counts for every page that has feedback, least useful first. */
export function pageFeedbackCounts(database: FormsDatabase): PageFeedbackCount[] {
  return database.db
    .prepare(
      `SELECT page, sum(useful) AS yes, sum(1 - useful) AS no, count(looking_for) AS comments
       FROM page_feedback GROUP BY page ORDER BY no DESC, yes ASC, page`,
    )
    .all() as unknown as PageFeedbackCount[];
}

/** The newest comments, for the officer to read. */
export function pageFeedbackComments(database: FormsDatabase, limit = 500): PageFeedbackComment[] {
  const rows = database.db
    .prepare('SELECT page, useful, looking_for, submitted_at FROM page_feedback WHERE looking_for IS NOT NULL ORDER BY submitted_at DESC, id DESC LIMIT ?')
    .all(limit) as { page: string; useful: number; looking_for: string; submitted_at: string }[];
  return rows.map((r) => ({ page: r.page, useful: r.useful === 1, lookingFor: r.looking_for, submittedAt: r.submitted_at }));
}
