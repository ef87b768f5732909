CREATE TABLE "demand"."import_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"window_seconds" integer NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "import_attempts_window_idx" ON "demand"."import_attempts" USING btree ("window_started_at");--> statement-breakpoint
CREATE TABLE "demand"."import_challenges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"registry" text NOT NULL,
	"registration_number" text NOT NULL,
	"code_hash" text NOT NULL,
	"channel" text NOT NULL,
	"sent_to" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "import_challenges_account_number_idx" ON "demand"."import_challenges" USING btree ("account_id","registration_number");--> statement-breakpoint
CREATE INDEX "import_challenges_expires_idx" ON "demand"."import_challenges" USING btree ("expires_at");--> statement-breakpoint
CREATE TABLE "demand"."contact_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"to_email" text NOT NULL,
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
CREATE INDEX "contact_outbox_unsent_idx" ON "demand"."contact_outbox" USING btree ("created_at") WHERE sent_at is null;
