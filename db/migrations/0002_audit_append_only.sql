-- The audit trail is append-only: nobody changes or deletes an entry through the application.
CREATE OR REPLACE FUNCTION platform.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only
  BEFORE UPDATE OR DELETE ON platform.audit_entries
  FOR EACH ROW EXECUTE FUNCTION platform.refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate
  BEFORE TRUNCATE ON platform.audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION platform.refuse_audit_change();
