CREATE SCHEMA IF NOT EXISTS "alert";
--> statement-breakpoint
CREATE TABLE "alert"."saved_searches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"criteria" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"checked_until" timestamp with time zone NOT NULL,
	"last_mailed_on" date
);
--> statement-breakpoint
CREATE INDEX "saved_searches_account_idx" ON "alert"."saved_searches" USING btree ("account_id","created_at");
--> statement-breakpoint
CREATE TABLE "alert"."outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"failed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "alert_outbox_unsent_idx" ON "alert"."outbox" USING btree ("created_at") WHERE sent_at is null;
--> statement-breakpoint
CREATE INDEX "alert_outbox_account_idx" ON "alert"."outbox" USING btree ("account_id","created_at");
