-- Defence in depth for competition seats. The service decides seats under the event's row lock;
-- this trigger makes any write that would hold more seats than the event has fail, whatever path
-- it came by (a bug, a manual fix in psql). It takes the same row lock, so it counts consistently.
CREATE FUNCTION competition_entries_seat_cap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_capacity integer;
  held integer;
BEGIN
  IF NEW.status NOT IN ('forming', 'confirmed', 'offered') THEN
    RETURN NULL;
  END IF;
  SELECT capacity INTO event_capacity FROM competition_events WHERE id = NEW.event_id FOR UPDATE;
  SELECT count(*) INTO held FROM competition_entries
    WHERE event_id = NEW.event_id AND status IN ('forming', 'confirmed', 'offered');
  IF held > event_capacity THEN
    RAISE EXCEPTION 'competition event % would hold % seats of %', NEW.event_id, held, event_capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'competition_entries_seat_cap';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER competition_entries_seat_cap
  AFTER INSERT OR UPDATE OF status ON competition_entries
  FOR EACH ROW EXECUTE FUNCTION competition_entries_seat_cap();
--> statement-breakpoint
CREATE FUNCTION competition_events_capacity_floor() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  held integer;
BEGIN
  SELECT count(*) INTO held FROM competition_entries
    WHERE event_id = NEW.id AND status IN ('forming', 'confirmed', 'offered');
  IF held > NEW.capacity THEN
    RAISE EXCEPTION 'competition event % holds % seats, more than capacity %', NEW.id, held, NEW.capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'competition_events_capacity_floor';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER competition_events_capacity_floor
  AFTER UPDATE OF capacity ON competition_events
  FOR EACH ROW EXECUTE FUNCTION competition_events_capacity_floor();
