import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FormsDatabase } from '../../src/server/database';

// FormsDatabase.write takes its argument and result types from one map of
// operations (src/server/database-operations.ts), never from the caller.
// These lines are checked by `npm run typecheck` (tsc covers tests/): each
// "expect an error" line fails the type check if the mistake below it ever
// compiles. The function is never run, so nothing is written.
function typeChecks(db: FormsDatabase) {
  expectTypeOf(db.write('countPost', { key: 'k', expiresAt: 1 })).resolves.toEqualTypeOf<number>();
  expectTypeOf(
    db.write('savePageFeedback', { page: '/', useful: true, lookingFor: null, repeatKey: 'r', submittedAt: '', deleteAfter: '' }),
  ).resolves.toEqualTypeOf<{
    alreadySaved: boolean;
  }>();
  expectTypeOf(db.write('deleteSurveyResponse', { reference: 'NB-1', audit: null })).resolves.toEqualTypeOf<boolean>();

  // @ts-expect-error: an operation given another operation's arguments
  void db.write('countPost', { reference: 'NB-1', audit: null });
  // @ts-expect-error: an operation the writer does not have
  void db.write('dropEverything', {});
  // @ts-expect-error: the result type is the operation's, not the caller's choice
  void db.write<'countPost', string>('countPost', { key: 'k', expiresAt: 1 });
  const wrongResult = async () => {
    // @ts-expect-error: countPost answers with a number
    const count: string = await db.write('countPost', { key: 'k', expiresAt: 1 });
    return count;
  };

  // `statements` answers each step by its kind: changed rows, a row, or rows.
  const steps = db.statements([
    { sql: 'DELETE FROM rate_limit WHERE expires_at <= ?', params: [1] },
    { sql: 'SELECT 1 AS one', answer: 'get' },
    { sql: 'SELECT 1 AS one', answer: 'all' },
  ]);
  expectTypeOf(steps).resolves.toEqualTypeOf<[number, unknown, unknown[]]>();
  return wrongResult;
}

describe('FormsDatabase.write', () => {
  it('is typed by the map of operations (checked by npm run typecheck)', () => {
    expect(typeChecks).toBeTypeOf('function');
  });
});
