-- Runs, their steps and their artifacts: written as a run goes, so a crash leaves a run marked interrupted, not missing.
-- Columns follow the embedded store (src/Pacts.Storage/Embedded/schema.sql) with Postgres types.

CREATE TABLE runs (
    run_id            text PRIMARY KEY,
    requirement_name  text        NOT NULL,
    -- The RunState name (Running, Passed, Failed, Cancelled, Error, Interrupted). No CHECK list: a new state in the code
    -- should not need a migration before it can be stored.
    status            text        NOT NULL,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    test_cases_passed integer     NOT NULL DEFAULT 0,
    test_cases_failed integer     NOT NULL DEFAULT 0,
    steps_passed      integer     NOT NULL DEFAULT 0,
    steps_failed      integer     NOT NULL DEFAULT 0,
    message           text,
    labels            jsonb       NOT NULL DEFAULT '{}'
);

-- ListRuns (newest first, ties by id), get_daily_success_rate and cleanup_old_runs.
CREATE INDEX ix_runs_started_at ON runs (started_at DESC, run_id DESC);
-- Start-up housekeeping looks only for runs still marked running.
CREATE INDEX ix_runs_running ON runs (run_id) WHERE status = 'Running';

CREATE TABLE run_steps (
    run_id          text        NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    test_case_index integer     NOT NULL,
    step_index      integer     NOT NULL,
    action          text        NOT NULL,
    text            text        NOT NULL,
    line            integer     NOT NULL,
    -- StepState (Passed, Failed, Skipped) and ElementOrigin (Discovery, CacheRedis, CachePostgres, Heal, ...) names.
    status          text        NOT NULL,
    origin          text        NOT NULL,
    locator         text,
    duration_ms     bigint      NOT NULL,
    message         text,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    -- Also serves GetSteps (ordered by case, then step) and the cascade from runs.
    PRIMARY KEY (run_id, test_case_index, step_index)
);

CREATE TABLE artifacts (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id     text        NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    name       text        NOT NULL,
    -- screenshot, trace, report, junit, events, generated_test
    kind       text        NOT NULL,
    path       text        NOT NULL,
    size_bytes bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Also serves "the artifacts of a run" and the cascade from runs.
    UNIQUE (run_id, name)
);
