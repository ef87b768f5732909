CREATE SCHEMA "platform";
--> statement-breakpoint
CREATE TABLE "platform"."audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"actor_role" text,
	"acting_for_kind" text,
	"acting_for_id" uuid,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"detail" jsonb,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "platform"."jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 20 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "platform"."audit_entries" USING btree ("actor_account_id","at");--> statement-breakpoint
CREATE INDEX "audit_object_idx" ON "platform"."audit_entries" USING btree ("object_type","object_id","at");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "platform"."audit_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "platform"."jobs" USING btree ("run_at") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_idx" ON "platform"."jobs" USING btree ("dedupe_key") WHERE status = 'pending' and dedupe_key is not null;--> statement-breakpoint
CREATE INDEX "jobs_kind_status_idx" ON "platform"."jobs" USING btree ("kind","status");