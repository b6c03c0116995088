-- The budget lines of a grant application always add up to the amount requested. The service
-- answers a mismatch with a typed error first; this deferred check is the database's own guard,
-- evaluated at commit so that an application and its lines can be written in either order.
CREATE FUNCTION grant_budget_lines_total_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  app_id uuid;
  requested bigint;
  total bigint;
BEGIN
  IF TG_TABLE_NAME = 'grant_applications' THEN
    app_id := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    app_id := OLD.application_id;
  ELSE
    app_id := NEW.application_id;
  END IF;
  SELECT requested_fen INTO requested FROM grant_applications WHERE id = app_id;
  IF NOT FOUND THEN
    RETURN NULL; -- the application itself was deleted
  END IF;
  SELECT COALESCE(SUM(amount_fen), 0) INTO total FROM grant_budget_lines WHERE application_id = app_id;
  IF total <> requested THEN
    RAISE EXCEPTION 'budget lines of grant application % add up to %, not %', app_id, total, requested
      USING ERRCODE = 'check_violation', CONSTRAINT = 'grant_budget_lines_total';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER grant_budget_lines_total
  AFTER INSERT OR UPDATE OR DELETE ON grant_budget_lines
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION grant_budget_lines_total_check();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER grant_applications_budget_total
  AFTER INSERT OR UPDATE OF requested_fen ON grant_applications
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION grant_budget_lines_total_check();
