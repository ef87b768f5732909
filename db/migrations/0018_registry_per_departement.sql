-- Issue 20 item 5, decision 0010: a département's demands may be held by a regional shared file
-- (Imhoweb, FCR, Habisoft) instead of the SNE, and registration numbers are unique per registry
-- only. Demands registered before registries were told apart were the SNE's.
UPDATE "demand"."demands" SET "registry" = 'sne' WHERE "registration_number" IS NOT NULL AND "registry" IS NULL;--> statement-breakpoint
ALTER TABLE "demand"."demands" DROP CONSTRAINT "demands_registration_number_unique";--> statement-breakpoint
CREATE UNIQUE INDEX "demands_registry_registration_number_unique" ON "demand"."demands" USING btree (coalesce("registry", 'sne'),"registration_number");
