-- members.is_hardship is derived from the register: true exactly when the member has a confirmed
-- hardship file (confirmed by the national level and not exited). The database keeps it so,
-- whatever writes: every change to a file recomputes its member's flag, and a direct write to the
-- column is replaced by the derived value.
CREATE FUNCTION member_is_hardship(member uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM hardship_files f WHERE f.member_id = member AND f.status = 'confirmed')
$$;
--> statement-breakpoint
CREATE FUNCTION members_derive_is_hardship() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.is_hardship := member_is_hardship(NEW.id);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER members_is_hardship_derived
  BEFORE INSERT OR UPDATE OF is_hardship ON members
  FOR EACH ROW EXECUTE FUNCTION members_derive_is_hardship();
--> statement-breakpoint
CREATE FUNCTION hardship_files_sync_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE members SET is_hardship = member_is_hardship(OLD.member_id)
      WHERE id = OLD.member_id AND is_hardship IS DISTINCT FROM member_is_hardship(OLD.member_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE members SET is_hardship = member_is_hardship(NEW.member_id)
      WHERE id = NEW.member_id AND is_hardship IS DISTINCT FROM member_is_hardship(NEW.member_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER hardship_files_member_flag
  AFTER INSERT OR UPDATE OF status, member_id OR DELETE ON hardship_files
  FOR EACH ROW EXECUTE FUNCTION hardship_files_sync_member();
--> statement-breakpoint
-- Flags set by hand before the register existed are replaced by the derived value.
UPDATE members SET is_hardship = member_is_hardship(id) WHERE is_hardship;
