CREATE SCHEMA "scoring";
--> statement-breakpoint
CREATE SCHEMA "candidacy";
--> statement-breakpoint
CREATE TABLE "demand"."document_orphan_files" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand"."documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"type" text NOT NULL,
	"person" text,
	"tax_year" integer,
	"status" text NOT NULL,
	"original_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"provider_ref" text,
	"decided_by" text,
	"rejection_reason" text,
	"replaces_id" uuid,
	"replaced_by_id" uuid,
	"delete_after" date,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone,
	"file_deleted_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."allocations" (
	"offer_id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"size_class" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring"."balancing_bonuses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"size_class" text,
	"company_id" uuid,
	"epci_code" text,
	"points" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	CONSTRAINT "balancing_bonuses_points_check" CHECK ("scoring"."balancing_bonuses"."points" between 0 and 240)
);
--> statement-breakpoint
CREATE TABLE "scoring"."territory_grids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"epci_code" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy"."candidacies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"applicant_account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"designation_round" integer,
	"rank_at_designation" integer,
	"total_at_designation" integer,
	"cal_rank" integer,
	"cal_reason" text,
	"effort_rate_at_application" numeric(6, 1),
	"offer_landlord_id" uuid NOT NULL,
	"offer_commune_code" text NOT NULL,
	"offer_commune_name" text,
	"offer_typology" integer NOT NULL,
	"offer_rent" numeric(10, 2) NOT NULL,
	"offer_charges" numeric(10, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy"."candidacy_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "candidacy"."notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "candidacy"."demand_locks" (
	"demand_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidacy"."offer_states" (
	"offer_id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"round" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand"."documents" ADD CONSTRAINT "documents_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "demand"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidacy"."candidacy_events" ADD CONSTRAINT "candidacy_events_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"."candidacies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_demand_idx" ON "demand"."documents" USING btree ("demand_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_storage_key_idx" ON "demand"."documents" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_provider_ref_idx" ON "demand"."documents" USING btree ("provider_ref") WHERE provider_ref is not null;--> statement-breakpoint
CREATE INDEX "documents_pending_idx" ON "demand"."documents" USING btree ("demand_id") WHERE status in ('uploaded', 'verification_pending') and deleted_at is null;--> statement-breakpoint
CREATE INDEX "documents_files_to_delete_idx" ON "demand"."documents" USING btree ("delete_after") WHERE file_deleted_at is null and (deleted_at is not null or delete_after is not null);--> statement-breakpoint
CREATE INDEX "allocations_at_idx" ON "scoring"."allocations" USING btree ("at");--> statement-breakpoint
CREATE INDEX "balancing_bonuses_dates_idx" ON "scoring"."balancing_bonuses" USING btree ("start_date","end_date");--> statement-breakpoint
CREATE INDEX "territory_grids_epci_idx" ON "scoring"."territory_grids" USING btree ("epci_code");--> statement-breakpoint
CREATE UNIQUE INDEX "territory_grids_one_active_idx" ON "scoring"."territory_grids" USING btree ("epci_code") WHERE active;--> statement-breakpoint
CREATE UNIQUE INDEX "candidacies_demand_offer_idx" ON "candidacy"."candidacies" USING btree ("demand_id","offer_id");--> statement-breakpoint
CREATE INDEX "candidacies_offer_status_idx" ON "candidacy"."candidacies" USING btree ("offer_id","status");--> statement-breakpoint
CREATE INDEX "candidacies_applicant_idx" ON "candidacy"."candidacies" USING btree ("applicant_account_id","submitted_at");--> statement-breakpoint
CREATE INDEX "candidacies_history_idx" ON "candidacy"."candidacies" USING btree ("demand_id") WHERE status in ('cal_refused', 'proposal_declined');--> statement-breakpoint
CREATE INDEX "candidacy_events_candidacy_idx" ON "candidacy"."candidacy_events" USING btree ("candidacy_id","id");--> statement-breakpoint
CREATE INDEX "candidacy_notifications_account_idx" ON "candidacy"."notifications" USING btree ("account_id","id");--> statement-breakpoint
CREATE INDEX "candidacy_notifications_unsent_idx" ON "candidacy"."notifications" USING btree ("id") WHERE sent_at is null;