ALTER TABLE "demand"."notifications" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "demand"."notifications" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demand"."notifications" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "demand"."notifications" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demand"."demands" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demand"."documents" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "company_space"."outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "company_space"."outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "company_space"."outbox" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "company_space"."outbox" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "candidacy"."notifications" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "candidacy"."notifications" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "candidacy"."notifications" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "candidacy"."notifications" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "demands_dalo_idx" ON "demand"."demands" USING btree ("status") WHERE dalo;--> statement-breakpoint
CREATE INDEX "demands_platform_registered_idx" ON "demand"."demands" USING btree ("status") WHERE source = 'platform' and registration_number is not null;--> statement-breakpoint
CREATE INDEX "demands_retention_idx" ON "demand"."demands" USING btree ("closed_at") WHERE closed_at is not null and anonymised_at is null;--> statement-breakpoint
CREATE INDEX "documents_purged_file_idx" ON "demand"."documents" USING btree ("id") WHERE purged_at is not null and file_deleted_at is null;--> statement-breakpoint
CREATE INDEX "offer_history_published_idx" ON "offer"."offer_history" USING btree ("offer_id","at") WHERE to_status = 'published';--> statement-breakpoint
CREATE INDEX "candidacies_submitted_at_idx" ON "candidacy"."candidacies" USING btree ("submitted_at");