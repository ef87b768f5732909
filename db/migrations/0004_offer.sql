CREATE SCHEMA "landlord";
--> statement-breakpoint
CREATE SCHEMA "offer";
--> statement-breakpoint
CREATE TABLE "landlord"."agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"landlord_id" uuid NOT NULL,
	"departement" text NOT NULL,
	"year" integer NOT NULL,
	"units_owed" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "landlord"."landlords" (
	"id" uuid PRIMARY KEY NOT NULL,
	"siren" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"regions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"connected_by_api" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landlords_siren_unique" UNIQUE("siren")
);
--> statement-breakpoint
CREATE TABLE "offer"."income_ceilings" (
	"year" integer NOT NULL,
	"financing" text NOT NULL,
	"zone" text NOT NULL,
	"category" text NOT NULL,
	"amount" integer NOT NULL,
	"derived" boolean DEFAULT false NOT NULL,
	CONSTRAINT "income_ceilings_year_financing_zone_category_pk" PRIMARY KEY("year","financing","zone","category")
);
--> statement-breakpoint
CREATE TABLE "offer"."offer_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"offer_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_account_id" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "offer"."idempotency_keys" (
	"landlord_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"offer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_landlord_id_key_pk" PRIMARY KEY("landlord_id","key")
);
--> statement-breakpoint
CREATE TABLE "offer"."offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"landlord_id" uuid NOT NULL,
	"agreement_id" uuid,
	"agreement_explicit" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"address_line" text NOT NULL,
	"postal_code" text NOT NULL,
	"commune_code" text NOT NULL,
	"departement" text NOT NULL,
	"zone" text NOT NULL,
	"typology" integer NOT NULL,
	"main_rooms" integer NOT NULL,
	"surface" numeric(7, 2) NOT NULL,
	"floor" integer NOT NULL,
	"elevator" boolean NOT NULL,
	"accessible" boolean NOT NULL,
	"energy_class" text NOT NULL,
	"rent" numeric(10, 2) NOT NULL,
	"charges" numeric(10, 2) NOT NULL,
	"total_rent" numeric(11, 2) GENERATED ALWAYS AS (rent + charges) STORED,
	"financing" text NOT NULL,
	"available_from" date NOT NULL,
	"closing_date" date NOT NULL,
	"description" text,
	"candidacy_count" integer DEFAULT 0 NOT NULL,
	"ever_published" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "landlord"."agreements" ADD CONSTRAINT "agreements_landlord_id_landlords_id_fk" FOREIGN KEY ("landlord_id") REFERENCES "landlord"."landlords"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer"."offer_history" ADD CONSTRAINT "offer_history_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offer"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer"."idempotency_keys" ADD CONSTRAINT "idempotency_keys_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "offer"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agreements_landlord_dep_year_idx" ON "landlord"."agreements" USING btree ("landlord_id","departement","year");--> statement-breakpoint
CREATE INDEX "landlords_name_idx" ON "landlord"."landlords" USING btree ("name");--> statement-breakpoint
CREATE INDEX "offer_history_offer_idx" ON "offer"."offer_history" USING btree ("offer_id","at");--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offer"."offers" USING btree ("status","departement","typology","total_rent");--> statement-breakpoint
CREATE INDEX "offers_commune_idx" ON "offer"."offers" USING btree ("commune_code","status");--> statement-breakpoint
CREATE INDEX "offers_landlord_idx" ON "offer"."offers" USING btree ("landlord_id","status");--> statement-breakpoint
CREATE INDEX "offers_agreement_idx" ON "offer"."offers" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "offers_closing_idx" ON "offer"."offers" USING btree ("closing_date") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "offers_published_at_idx" ON "offer"."offers" USING btree ("published_at");