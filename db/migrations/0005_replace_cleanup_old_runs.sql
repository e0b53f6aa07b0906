-- cleanup_old_runs no longer deletes a run that is still running, however long ago it started: its process may still be
-- writing its steps and files. The run retention job (Storage:RunRetentionDays) deletes the same runs with the same
-- rule and then their artifact files; the files of runs deleted here by hand are removed by the job's next pass once
-- their folder has had nothing written for the job's retention period (a run folder whose run is gone).
CREATE OR REPLACE FUNCTION cleanup_old_runs(days integer DEFAULT 30)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    deleted integer;
BEGIN
    IF days IS NULL OR days < 0 THEN
        RAISE EXCEPTION 'cleanup_old_runs: days must be zero or more, not %', days;
    END IF;
    DELETE FROM runs WHERE started_at < now() - make_interval(days => days) AND status <> 'Running';
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END
$$;
