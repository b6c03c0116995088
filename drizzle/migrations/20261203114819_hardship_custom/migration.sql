-- members.is_hardship is derived from the register: true exactly when the member has a confirmed
-- hardship file (confirmed by the national level and not exited). The database keeps it so,
-- whatever writes: every statement that changes files recomputes the flag of the members it
-- touched (statement-level, so a bulk write is one UPDATE), and a direct write to the column is
-- replaced by the derived value.
CREATE FUNCTION member_is_hardship(member uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM hardship_files f WHERE f.member_id = member AND f.status = 'confirmed')
$$;
--> statement-breakpoint
CREATE FUNCTION members_derive_is_hardship() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A new member has no file yet (files reference members), so only an update needs the lookup.
  NEW.is_hardship := CASE WHEN TG_OP = 'INSERT' THEN false ELSE member_is_hardship(NEW.id) END;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER members_is_hardship_derived
  BEFORE INSERT OR UPDATE OF is_hardship ON members
  FOR EACH ROW EXECUTE FUNCTION members_derive_is_hardship();
--> statement-breakpoint
CREATE FUNCTION hardship_files_sync_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE members m SET is_hardship = member_is_hardship(m.id)
    WHERE m.id IN (SELECT member_id FROM new_files) AND m.is_hardship IS DISTINCT FROM member_is_hardship(m.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION hardship_files_sync_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE members m SET is_hardship = member_is_hardship(m.id)
    WHERE m.id IN (SELECT member_id FROM new_files UNION SELECT member_id FROM old_files)
      AND m.is_hardship IS DISTINCT FROM member_is_hardship(m.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION hardship_files_sync_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE members m SET is_hardship = member_is_hardship(m.id)
    WHERE m.id IN (SELECT member_id FROM old_files) AND m.is_hardship IS DISTINCT FROM member_is_hardship(m.id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER hardship_files_member_flag_insert
  AFTER INSERT ON hardship_files REFERENCING NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION hardship_files_sync_new();
--> statement-breakpoint
CREATE TRIGGER hardship_files_member_flag_update
  AFTER UPDATE ON hardship_files REFERENCING OLD TABLE AS old_files NEW TABLE AS new_files
  FOR EACH STATEMENT EXECUTE FUNCTION hardship_files_sync_changed();
--> statement-breakpoint
CREATE TRIGGER hardship_files_member_flag_delete
  AFTER DELETE ON hardship_files REFERENCING OLD TABLE AS old_files
  FOR EACH STATEMENT EXECUTE FUNCTION hardship_files_sync_old();
--> statement-breakpoint
-- Flags set by hand before the register existed are replaced by the derived value.
UPDATE members SET is_hardship = member_is_hardship(id) WHERE is_hardship;
