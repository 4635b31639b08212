/**
 * The forms store's tables in PostgreSQL: the same tables and rules as the
 * SQLite ones in database.ts, in PostgreSQL's words. Each step runs once, in
 * order, recorded in local_offer_schema; servers starting together wait for
 * each other (an advisory lock), so the first one creates the tables.
 *
 * Times are kept exactly as in SQLite (ISO text, or milliseconds as bigint),
 * so both stores compare and sort them the same way and a move from one to
 * the other is a straight copy.
 */
export const postgresMigrations: string[] = [
  `CREATE TABLE survey_response (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     survey text NOT NULL,
     reference text NOT NULL UNIQUE,
     form_token text NOT NULL UNIQUE,
     submitted_at text NOT NULL,
     delete_after text NOT NULL,
     answers json NOT NULL
   );
   CREATE INDEX survey_response_by_survey ON survey_response (survey, submitted_at);
   CREATE INDEX survey_response_by_expiry ON survey_response (delete_after);
   CREATE TABLE page_feedback (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     page text NOT NULL,
     useful boolean NOT NULL,
     looking_for text,
     submitted_at text NOT NULL,
     delete_after text NOT NULL,
     repeat_key text NOT NULL UNIQUE
   );
   CREATE INDEX page_feedback_by_page ON page_feedback (page);
   CREATE INDEX page_feedback_by_expiry ON page_feedback (delete_after);`,
  // Staff sign-in: e-mail addresses are unique whatever their case (SQLite's COLLATE NOCASE).
  `CREATE TABLE staff_account (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     email text NOT NULL,
     role text NOT NULL CHECK (role IN ('officer', 'forum')),
     password_hash text,
     totp_secret text,
     totp_last_step bigint NOT NULL DEFAULT 0,
     created_at text NOT NULL,
     updated_at text NOT NULL
   );
   CREATE UNIQUE INDEX staff_account_by_email ON staff_account (lower(email));
   CREATE TABLE staff_setup_link (
     token_hash text PRIMARY KEY,
     account_id integer NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
     expires_at bigint NOT NULL
   );
   CREATE TABLE staff_session (
     id_hash text PRIMARY KEY,
     email text NOT NULL,
     role text NOT NULL CHECK (role IN ('officer', 'forum')),
     account_id integer REFERENCES staff_account (id) ON DELETE CASCADE,
     method text NOT NULL CHECK (method IN ('password', 'single-sign-on')),
     created_at bigint NOT NULL,
     last_seen_at bigint NOT NULL
   );
   CREATE INDEX staff_session_by_account ON staff_session (account_id);
   CREATE INDEX staff_session_by_email ON staff_session (lower(email));
   CREATE TABLE sign_in_failure (
     key text NOT NULL,
     at bigint NOT NULL
   );
   CREATE INDEX sign_in_failure_by_key ON sign_in_failure (key, at);
   CREATE TABLE single_sign_on_login (
     state_hash text PRIMARY KEY,
     nonce text NOT NULL,
     code_verifier text NOT NULL,
     expires_at bigint NOT NULL
   );
   CREATE TABLE audit_log (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at text NOT NULL,
     actor text NOT NULL,
     action text NOT NULL,
     detail text NOT NULL DEFAULT '',
     delete_after text NOT NULL
   );
   CREATE INDEX audit_log_by_expiry ON audit_log (delete_after);
   -- Append-only: no row is ever changed, and none is removed before its two years are up.
   CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN
       RAISE EXCEPTION 'The audit log is append-only';
     END IF;
     IF OLD.delete_after > to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') THEN
       RAISE EXCEPTION 'Audit log entries are kept for two years';
     END IF;
     RETURN OLD;
   END $$;
   CREATE TRIGGER audit_log_never_changes BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard();`,
  `CREATE TABLE zero_result_search (
     words text NOT NULL,
     day text NOT NULL,
     clients integer NOT NULL CHECK (clients > 0),
     delete_after text NOT NULL,
     PRIMARY KEY (words, day)
   );
   CREATE INDEX zero_result_search_by_day ON zero_result_search (day);
   CREATE INDEX zero_result_search_by_expiry ON zero_result_search (delete_after);`,
  // Rate-limit counters are UNLOGGED: no write-ahead log, so counting a post costs no disk flush. After a crash of
  // the database they start again from nothing, which for a 10-minute limit is harmless.
  `CREATE UNLOGGED TABLE rate_limit (
     key text PRIMARY KEY,
     count integer NOT NULL,
     expires_at bigint NOT NULL
   );
   CREATE INDEX rate_limit_by_expiry ON rate_limit (expires_at);
   CREATE TABLE zero_result_client (
     hash text PRIMARY KEY,
     day text NOT NULL
   );
   CREATE INDEX zero_result_client_by_day ON zero_result_client (day);
   CREATE TABLE period_salt (
     purpose text NOT NULL,
     period bigint NOT NULL,
     salt text NOT NULL,
     expires_at bigint NOT NULL,
     PRIMARY KEY (purpose, period)
   );`,
];
