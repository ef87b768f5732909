-- Checks of the declared facts that give scoring points (mobility, DALO, CAL history): by an agent, or confirmed by the registry.
ALTER TABLE "demand"."demands" ADD COLUMN "fact_checks" jsonb;--> statement-breakpoint
-- the mobility checks made at validation move there (the old columns are no longer read)
UPDATE "demand"."demands" SET "fact_checks" = jsonb_build_object('mobility', jsonb_build_object('status', 'checked', 'source', 'agent', 'at', to_jsonb("mobility_checked_at"), 'by', "mobility_checked_by"::text)) WHERE "mobility_checked_at" IS NOT NULL AND "mobility_checked_by" IS NOT NULL;--> statement-breakpoint
-- a DALO flag of an imported demand came from the registry (the import took it from the SNE's answer)
UPDATE "demand"."demands" SET "fact_checks" = coalesce("fact_checks", '{}'::jsonb) || jsonb_build_object('dalo', jsonb_build_object('status', 'checked', 'source', 'registry', 'at', to_jsonb("created_at"))) WHERE "source" = 'registry' AND "dalo";
