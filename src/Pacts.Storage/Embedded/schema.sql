-- The embedded store's schema (SQLite). Postgres has its own, in db/migrations.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS runs (
    run_id            TEXT PRIMARY KEY,
    requirement_name  TEXT NOT NULL,
    status            TEXT NOT NULL,
    started_at_ms     INTEGER NOT NULL,
    finished_at_ms    INTEGER,
    test_cases_passed INTEGER NOT NULL DEFAULT 0,
    test_cases_failed INTEGER NOT NULL DEFAULT 0,
    steps_passed      INTEGER NOT NULL DEFAULT 0,
    steps_failed      INTEGER NOT NULL DEFAULT 0,
    message           TEXT,
    labels_json       TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX IF NOT EXISTS ix_runs_started ON runs (started_at_ms DESC);

CREATE TABLE IF NOT EXISTS run_steps (
    run_id          TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    test_case_index INTEGER NOT NULL,
    step_index      INTEGER NOT NULL,
    action          TEXT NOT NULL,
    text            TEXT NOT NULL,
    line            INTEGER NOT NULL,
    status          TEXT NOT NULL,
    origin          TEXT NOT NULL,
    locator         TEXT,
    duration_ms     INTEGER NOT NULL,
    message         TEXT,
    PRIMARY KEY (run_id, test_case_index, step_index)
);

CREATE TABLE IF NOT EXISTS selector_cache (
    cache_key     TEXT PRIMARY KEY,
    locator       TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    score         REAL NOT NULL,
    updated_at_ms INTEGER NOT NULL
);

-- The LLM fallback's readings, keyed by the SHA-256 of the requirement's content: the same text never asks twice.
CREATE TABLE IF NOT EXISTS plans (
    content_hash     TEXT PRIMARY KEY,
    requirement_name TEXT NOT NULL,
    plan_json        TEXT NOT NULL,
    model            TEXT NOT NULL,
    created_at_ms    INTEGER NOT NULL
);
