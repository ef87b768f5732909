CREATE SCHEMA "demand";
--> statement-breakpoint
CREATE SCHEMA "company_space";
--> statement-breakpoint
CREATE TABLE "demand"."demand_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "demand"."notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "demand"."demands" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"source" text DEFAULT 'platform' NOT NULL,
	"registry" text,
	"data" jsonb NOT NULL,
	"registration_number" text,
	"registration_date" date,
	"renewal_due_date" date,
	"departement" text,
	"employer_siret" text,
	"dalo" boolean DEFAULT false NOT NULL,
	"documents_request" jsonb,
	"documents_requested_at" timestamp with time zone,
	"pending_documents" integer DEFAULT 0 NOT NULL,
	"last_rejection" jsonb,
	"mobility_checked_at" timestamp with time zone,
	"mobility_checked_by" uuid,
	"last_reminder_for" date,
	"created_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"last_renewed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "demands_registration_number_unique" UNIQUE("registration_number")
);
--> statement-breakpoint
CREATE TABLE "company_space"."companies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"siren" text NOT NULL,
	"headcount" integer,
	"contribution" text DEFAULT 'none' NOT NULL,
	"delegates_to_als" boolean DEFAULT false NOT NULL,
	"space_status" text,
	"space_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_siren_unique" UNIQUE("siren"),
	CONSTRAINT "companies_contribution_check" CHECK ("company_space"."companies"."contribution" in ('contributing', 'compensated', 'none')),
	CONSTRAINT "companies_space_status_check" CHECK ("company_space"."companies"."space_status" is null or "company_space"."companies"."space_status" in ('requested', 'configured', 'deployed', 'suspended')),
	CONSTRAINT "companies_headcount_check" CHECK ("company_space"."companies"."headcount" is null or "company_space"."companies"."headcount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "company_space"."employee_validations" (
	"demand_id" uuid PRIMARY KEY NOT NULL,
	"employer_siret" text NOT NULL,
	"company_id" uuid,
	"applicant_first_name" text NOT NULL,
	"applicant_last_name" text NOT NULL,
	"applicant_account_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"validated_by" text,
	"validated_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid,
	"reason" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "employee_validations_status_check" CHECK ("company_space"."employee_validations"."status" in ('pending', 'validated', 'rejected', 'withdrawn')),
	CONSTRAINT "employee_validations_validated_by_check" CHECK ("company_space"."employee_validations"."validated_by" is null or "company_space"."employee_validations"."validated_by" in ('manager', 'delegation'))
);
--> statement-breakpoint
CREATE TABLE "company_space"."managers" (
	"company_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"invited_by_account_id" uuid,
	CONSTRAINT "managers_company_id_account_id_pk" PRIMARY KEY("company_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "company_space"."outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to_email" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "company_space"."policy_descriptions" (
	"company_id" uuid NOT NULL,
	"tranche" text NOT NULL,
	"description" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_account_id" uuid,
	CONSTRAINT "policy_descriptions_company_id_tranche_pk" PRIMARY KEY("company_id","tranche"),
	CONSTRAINT "policy_descriptions_tranche_check" CHECK ("company_space"."policy_descriptions"."tranche" in ('A', 'B', 'C'))
);
--> statement-breakpoint
CREATE TABLE "company_space"."company_sirets" (
	"siret" text PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "company_space"."space_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_account_id" uuid,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "company_space"."space_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"siret" text NOT NULL,
	"company_name" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"requested_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "company_space"."tranche_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"company_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"tranche" text NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"granted_by_account_id" uuid,
	"revoked_at" timestamp with time zone,
	"revoked_by_account_id" uuid,
	"revoke_reason" text,
	CONSTRAINT "tranche_grants_tranche_check" CHECK ("company_space"."tranche_grants"."tranche" in ('A', 'B', 'C'))
);
--> statement-breakpoint
CREATE TABLE "company_space"."tranche_quotas" (
	"company_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"tranche" text NOT NULL,
	"quota" integer NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tranche_quotas_company_id_year_tranche_pk" PRIMARY KEY("company_id","year","tranche"),
	CONSTRAINT "tranche_quotas_tranche_check" CHECK ("company_space"."tranche_quotas"."tranche" in ('A', 'B', 'C')),
	CONSTRAINT "tranche_quotas_used_check" CHECK ("company_space"."tranche_quotas"."quota" >= 0 and "company_space"."tranche_quotas"."used" >= 0 and "company_space"."tranche_quotas"."used" <= "company_space"."tranche_quotas"."quota")
);
--> statement-breakpoint
CREATE TABLE "company_space"."validation_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"demand_id" uuid NOT NULL,
	"company_id" uuid,
	"action" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_account_id" uuid,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "demand"."demand_history" ADD CONSTRAINT "demand_history_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "demand"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."employee_validations" ADD CONSTRAINT "employee_validations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."managers" ADD CONSTRAINT "managers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."policy_descriptions" ADD CONSTRAINT "policy_descriptions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."company_sirets" ADD CONSTRAINT "company_sirets_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."space_events" ADD CONSTRAINT "space_events_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."space_requests" ADD CONSTRAINT "space_requests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."tranche_grants" ADD CONSTRAINT "tranche_grants_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_space"."tranche_quotas" ADD CONSTRAINT "tranche_quotas_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "company_space"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_history_demand_idx" ON "demand"."demand_history" USING btree ("demand_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unsent_idx" ON "demand"."notifications" USING btree ("created_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "notifications_account_idx" ON "demand"."notifications" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "demands_owner_idx" ON "demand"."demands" USING btree ("owner_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demands_one_open_per_owner_idx" ON "demand"."demands" USING btree ("owner_account_id") WHERE status in ('draft', 'submitted', 'in_instruction', 'active');--> statement-breakpoint
CREATE INDEX "demands_status_departement_idx" ON "demand"."demands" USING btree ("status","departement","registration_date");--> statement-breakpoint
CREATE INDEX "demands_status_created_idx" ON "demand"."demands" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "demands_registration_date_idx" ON "demand"."demands" USING btree ("registration_date");--> statement-breakpoint
CREATE INDEX "demands_status_renewal_idx" ON "demand"."demands" USING btree ("status","renewal_due_date");--> statement-breakpoint
CREATE INDEX "demands_employer_siret_idx" ON "demand"."demands" USING btree ("employer_siret");--> statement-breakpoint
CREATE INDEX "demands_pending_documents_idx" ON "demand"."demands" USING btree ("pending_documents") WHERE pending_documents > 0;--> statement-breakpoint
CREATE INDEX "demands_documents_requested_idx" ON "demand"."demands" USING btree ("documents_requested_at") WHERE documents_requested_at is not null;--> statement-breakpoint
CREATE INDEX "demands_registration_pending_idx" ON "demand"."demands" USING btree ("validated_at") WHERE registration_number is null and validated_at is not null;--> statement-breakpoint
CREATE INDEX "companies_space_status_idx" ON "company_space"."companies" USING btree ("space_status");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "company_space"."companies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "employee_validations_company_idx" ON "company_space"."employee_validations" USING btree ("company_id","status","requested_at");--> statement-breakpoint
CREATE INDEX "employee_validations_unmatched_idx" ON "company_space"."employee_validations" USING btree ("employer_siret") WHERE company_id is null;--> statement-breakpoint
CREATE INDEX "managers_email_idx" ON "company_space"."managers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "company_space"."outbox" USING btree ("created_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "company_sirets_company_idx" ON "company_space"."company_sirets" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "space_events_company_idx" ON "company_space"."space_events" USING btree ("company_id","at");--> statement-breakpoint
CREATE INDEX "space_requests_requested_idx" ON "company_space"."space_requests" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "space_requests_open_idx" ON "company_space"."space_requests" USING btree ("company_id") WHERE handled_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "tranche_grants_active_idx" ON "company_space"."tranche_grants" USING btree ("company_id","demand_id","tranche") WHERE revoked_at is null;--> statement-breakpoint
CREATE INDEX "tranche_grants_demand_idx" ON "company_space"."tranche_grants" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "validation_events_demand_idx" ON "company_space"."validation_events" USING btree ("demand_id","at");