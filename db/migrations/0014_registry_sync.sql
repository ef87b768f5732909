CREATE TABLE "demand"."registry_feeds" (
	"registry" text NOT NULL,
	"feed" text NOT NULL,
	"last_success_on" date,
	"last_run_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "registry_feeds_pkey" PRIMARY KEY("registry","feed")
);
