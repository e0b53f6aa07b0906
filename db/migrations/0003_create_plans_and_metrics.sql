-- The LLM fallback's readings, keyed by the SHA-256 of the requirement's content: the same text never asks twice.
CREATE TABLE plans (
    content_hash     text        PRIMARY KEY,
    requirement_name text        NOT NULL,
    -- Text, not jsonb: the planner reads back exactly what it stored (jsonb would reorder keys and change spacing).
    plan_json        text        NOT NULL,
    model            text        NOT NULL,
    created_at       timestamptz NOT NULL
);

-- Metrics as samples over time (name, value, labels, when) rather than one counter row per name: a counter row would
-- be a hot row every replica updates on every step, and it cannot answer "per day" or "since Monday". The live
-- counters are in Redis under the seed's names (metrics:selector_cache:cache_hit_redis, ...) and in OpenTelemetry;
-- this table keeps what is worth keeping for reports. A total is SUM(value) over a window.
CREATE TABLE metrics (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text             NOT NULL,
    value       double precision NOT NULL,
    labels      jsonb            NOT NULL DEFAULT '{}',
    recorded_at timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX ix_metrics_name_recorded_at ON metrics (name, recorded_at DESC);
CREATE INDEX ix_metrics_recorded_at ON metrics (recorded_at);
