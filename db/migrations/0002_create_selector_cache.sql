-- The selector cache's durable layer (Redis sits in front) and the healer's memory.

-- One row per element of one page. The key scopes the element by environment label, origin and path pattern, so
-- staging and production, or two sites, never share a selector.
CREATE TABLE selector_cache (
    environment  text             NOT NULL,
    origin       text             NOT NULL,
    path_pattern text             NOT NULL,
    element_key  text             NOT NULL,
    locator      text             NOT NULL,
    -- The agents' JSON, kept verbatim as text: jsonb would re-serialise it (key order, spacing), and the cache hands
    -- back exactly what it was given. Query it with fingerprint::jsonb.
    fingerprint  text             NOT NULL,
    score        double precision NOT NULL,
    created_at   timestamptz      NOT NULL DEFAULT now(),
    updated_at   timestamptz      NOT NULL DEFAULT now(),
    last_used_at timestamptz      NOT NULL DEFAULT now(),
    hit_count    bigint           NOT NULL DEFAULT 0,
    PRIMARY KEY (environment, origin, path_pattern, element_key)
);

-- Retention: cleanup_selector_cache deletes entries not used for N days.
CREATE INDEX ix_selector_cache_last_used_at ON selector_cache (last_used_at);

-- Every healing attempt, successful or not. The healer orders its strategies by their record for this site and
-- element, then globally. The rows outlive their run (run_id becomes NULL when the run is cleaned up): what worked on
-- a site is worth more than the run it happened in.
CREATE TABLE heal_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       text REFERENCES runs (run_id) ON DELETE SET NULL,
    site         text             NOT NULL,
    element_key  text             NOT NULL,
    strategy     text             NOT NULL,
    success      boolean          NOT NULL,
    similarity   double precision,
    old_locator  text,
    new_locator  text,
    duration_ms  bigint           NOT NULL DEFAULT 0,
    created_at   timestamptz      NOT NULL DEFAULT now()
);

-- The healer's question: how did each strategy do for this site and element.
CREATE INDEX ix_heal_history_site_element ON heal_history (site, element_key, strategy);
-- The global order and healing_success_rate.
CREATE INDEX ix_heal_history_strategy ON heal_history (strategy);
-- Without it every run cleanup_old_runs deletes would scan heal_history to null its references.
CREATE INDEX ix_heal_history_run_id ON heal_history (run_id);
