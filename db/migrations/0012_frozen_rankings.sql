ALTER TABLE "candidacy"."offer_states" ADD COLUMN "frozen_revision" integer;
--> statement-breakpoint
CREATE TABLE "candidacy"."ranking_snapshots" (
	"offer_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"reference_date" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"computed_by" uuid,
	"reason" text,
	"candidacy_count" integer NOT NULL,
	"offer" jsonb NOT NULL,
	"options" jsonb NOT NULL,
	CONSTRAINT "ranking_snapshots_offer_id_revision_pk" PRIMARY KEY("offer_id","revision"),
	CONSTRAINT "ranking_snapshots_trigger_check" CHECK ("candidacy"."ranking_snapshots"."trigger" in ('closing', 'recomputation'))
);
--> statement-breakpoint
CREATE TABLE "candidacy"."ranking_snapshot_entries" (
	"offer_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"candidacy_id" uuid NOT NULL,
	"demand_id" uuid NOT NULL,
	"rank" integer,
	"score" jsonb,
	"facts" jsonb,
	CONSTRAINT "ranking_snapshot_entries_offer_id_revision_candidacy_id_pk" PRIMARY KEY("offer_id","revision","candidacy_id")
);
--> statement-breakpoint
ALTER TABLE "candidacy"."ranking_snapshot_entries" ADD CONSTRAINT "ranking_snapshot_entries_snapshot_fk" FOREIGN KEY ("offer_id","revision") REFERENCES "candidacy"."ranking_snapshots"("offer_id","revision") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "candidacy"."ranking_snapshot_entries" ADD CONSTRAINT "ranking_snapshot_entries_candidacy_id_candidacies_id_fk" FOREIGN KEY ("candidacy_id") REFERENCES "candidacy"."candidacies"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "candidacies_pending_outcome_idx" ON "candidacy"."candidacies" USING btree ("demand_id") WHERE status in ('designated', 'transmitted', 'cal_accepted', 'cal_postponed', 'proposal_accepted');
