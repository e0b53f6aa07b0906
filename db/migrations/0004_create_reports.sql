-- Views and functions for people at a psql prompt and for InsightsService. Names are the seed's, which its users know:
--   SELECT * FROM run_summary ORDER BY start_time DESC LIMIT 5;

-- One row per run, with where its elements came from.
CREATE VIEW run_summary AS
SELECT r.run_id,
       r.requirement_name,
       r.status,
       r.started_at AS start_time,
       r.finished_at AS end_time,
       (extract(epoch FROM r.finished_at - r.started_at) * 1000)::bigint AS duration_ms,
       r.test_cases_passed,
       r.test_cases_failed,
       r.steps_passed,
       r.steps_failed,
       s.steps_total,
       s.steps_from_cache,
       s.steps_discovered,
       s.steps_healed,
       h.heal_events,
       r.message,
       r.labels
FROM runs r
-- LATERAL: a query for a few runs (a LIMIT, or one run_id) aggregates only their steps.
CROSS JOIN LATERAL (
    SELECT count(*) AS steps_total,
           count(*) FILTER (WHERE st.origin LIKE 'Cache%') AS steps_from_cache,
           count(*) FILTER (WHERE st.origin = 'Discovery') AS steps_discovered,
           count(*) FILTER (WHERE st.origin = 'Heal') AS steps_healed
    FROM run_steps st
    WHERE st.run_id = r.run_id
) s
CROSS JOIN LATERAL (
    SELECT count(*) AS heal_events FROM heal_history hh WHERE hh.run_id = r.run_id
) h;

-- The cache per site and page: how many entries, how often they were used, how many have gone stale (a week unused is
-- what the retention job removes by default).
CREATE VIEW selector_cache_stats AS
SELECT environment,
       origin,
       path_pattern,
       count(*) AS entries,
       sum(hit_count) AS hit_count,
       round(avg(hit_count), 2) AS avg_hits_per_entry,
       round(avg(score)::numeric, 3) AS avg_score,
       count(*) FILTER (WHERE last_used_at < now() - interval '7 days') AS stale_entries,
       min(created_at) AS oldest_entry_at,
       max(last_used_at) AS last_used_at
FROM selector_cache
GROUP BY environment, origin, path_pattern;

-- Healing attempts per site and strategy; for the global order aggregate over site.
CREATE VIEW healing_success_rate AS
SELECT site,
       strategy,
       count(*) AS attempts,
       count(*) FILTER (WHERE success) AS success_count,
       count(*) FILTER (WHERE NOT success) AS failure_count,
       round(100.0 * count(*) FILTER (WHERE success) / count(*), 2) AS success_rate_pct,
       round(avg(duration_ms))::bigint AS avg_heal_time_ms,
       round(avg(similarity) FILTER (WHERE success)::numeric, 3) AS avg_similarity,
       max(created_at) AS last_used_at
FROM heal_history
GROUP BY site, strategy;

-- Finished runs per UTC day over the last `days` days, newest first. Runs still running are left out: they have no
-- verdict yet and would read as failures.
CREATE FUNCTION get_daily_success_rate(days integer DEFAULT 30)
RETURNS TABLE (date date, total_runs bigint, passed_runs bigint, failed_runs bigint, success_rate numeric)
LANGUAGE sql STABLE
AS $$
    SELECT (r.started_at AT TIME ZONE 'UTC')::date,
           count(*),
           count(*) FILTER (WHERE r.status = 'Passed'),
           count(*) FILTER (WHERE r.status <> 'Passed'),
           round(100.0 * count(*) FILTER (WHERE r.status = 'Passed') / count(*), 2)
    FROM runs r
    WHERE r.started_at >= now() - make_interval(days => get_daily_success_rate.days)
      AND r.status <> 'Running'
    GROUP BY 1
    ORDER BY 1 DESC
$$;

-- Deletes runs started more than `days` days ago, with their steps and artifacts rows (ON DELETE CASCADE; the files
-- are the service's to remove), and returns how many runs went. Heal history stays, unlinked from the run.
CREATE FUNCTION cleanup_old_runs(days integer DEFAULT 30)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    deleted integer;
BEGIN
    IF days IS NULL OR days < 0 THEN
        RAISE EXCEPTION 'cleanup_old_runs: days must be zero or more, not %', days;
    END IF;
    DELETE FROM runs WHERE started_at < now() - make_interval(days => days);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END
$$;

-- Deletes selector cache entries not used for `days` days (the retention job's default is 7) and returns the count.
CREATE FUNCTION cleanup_selector_cache(days integer DEFAULT 7)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    deleted integer;
BEGIN
    IF days IS NULL OR days < 0 THEN
        RAISE EXCEPTION 'cleanup_selector_cache: days must be zero or more, not %', days;
    END IF;
    DELETE FROM selector_cache WHERE last_used_at < now() - make_interval(days => days);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END
$$;
