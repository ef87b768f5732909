CREATE TABLE "offer"."offer_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"alt" text,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"content_type" text NOT NULL,
	"small_key" text NOT NULL,
	"medium_key" text NOT NULL,
	"large_key" text NOT NULL,
	"small_bytes" integer NOT NULL,
	"medium_bytes" integer NOT NULL,
	"large_bytes" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offer"."offer_photos" ADD CONSTRAINT "offer_photos_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offer"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_photos_offer_idx" ON "offer"."offer_photos" USING btree ("offer_id","position");--> statement-breakpoint
ALTER TABLE "offer"."offer_history" ADD COLUMN "on_behalf_of" uuid;--> statement-breakpoint
CREATE TABLE "landlord"."landlord_users" (
	"landlord_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"admin" boolean DEFAULT false NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"invited_by_account_id" uuid,
	"removed_at" timestamp with time zone,
	"removed_by_account_id" uuid,
	CONSTRAINT "landlord_users_landlord_id_account_id_pk" PRIMARY KEY("landlord_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "landlord"."landlord_users" ADD CONSTRAINT "landlord_users_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "landlord"."landlords"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "landlord_users_account_idx" ON "landlord"."landlord_users" USING btree ("account_id");--> statement-breakpoint
CREATE TABLE "landlord"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
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
CREATE INDEX "landlord_outbox_unsent_idx" ON "landlord"."outbox" USING btree ("created_at") WHERE sent_at is null;
