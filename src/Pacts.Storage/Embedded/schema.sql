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

-- How often the file answered a lookup, and when last: what selector_cache_stats reports in Postgres. A table of its
-- own so that files made before it existed gain it with CREATE TABLE IF NOT EXISTS.
CREATE TABLE IF NOT EXISTS selector_cache_usage (
    cache_key       TEXT PRIMARY KEY REFERENCES selector_cache (cache_key) ON DELETE CASCADE,
    hit_count       INTEGER NOT NULL DEFAULT 0,
    last_used_at_ms INTEGER NOT NULL
);

-- Every healing attempt; rows outlive their run, as in Postgres.
CREATE TABLE IF NOT EXISTS heal_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id        TEXT REFERENCES runs (run_id) ON DELETE SET NULL,
    site          TEXT NOT NULL,
    element_key   TEXT NOT NULL,
    strategy      TEXT NOT NULL,
    success       INTEGER NOT NULL,
    similarity    REAL,
    old_locator   TEXT,
    new_locator   TEXT,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_heal_history_site_element ON heal_history (site, element_key, strategy);
CREATE INDEX IF NOT EXISTS ix_heal_history_created ON heal_history (created_at_ms DESC);
CREATE INDEX IF NOT EXISTS ix_heal_history_run ON heal_history (run_id);

CREATE TABLE IF NOT EXISTS artifacts (
    run_id        TEXT NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    path          TEXT NOT NULL,
    size_bytes    INTEGER NOT NULL DEFAULT 0,
    created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (run_id, name)
);

CREATE TABLE IF NOT EXISTS metrics (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL,
    value          REAL NOT NULL,
    labels_json    TEXT NOT NULL DEFAULT '{}',
    recorded_at_ms INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_metrics_name_recorded ON metrics (name, recorded_at_ms);
