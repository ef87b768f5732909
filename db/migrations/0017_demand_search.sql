-- Agents find a person (issue 18 item 1): normalised search columns on demand.demands, kept by
-- PostgreSQL itself (generated columns), with btree text_pattern_ops indexes for prefix search.
-- No extension: the same SQL runs on PostgreSQL 15 and on PGlite.
--
-- demand.search_text: lower case, accents and ligatures removed, hyphens and apostrophes as
-- spaces, spaces collapsed and trimmed. Upper-case accented letters are mapped explicitly, since
-- lower() under the C locale (PGlite) only folds ASCII.
CREATE FUNCTION "demand"."search_text"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  AS $$
    SELECT btrim(regexp_replace(
      replace(replace(replace(replace(lower(translate(value,
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ-''’',
        'aaaaaaceeeeiiiinoooooouuuuyyaaaaaaceeeeiiiinoooooouuuuyy   ')),
        'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'),
      '\s+', ' ', 'g'))
  $$;
--> statement-breakpoint
-- demand.search_phone: digits only, +33 / 0033 written as the national 0.
CREATE FUNCTION "demand"."search_phone"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
  AS $$
    SELECT CASE
      WHEN d LIKE '0033%' AND length(d) = 13 THEN '0' || substr(d, 5)
      WHEN d LIKE '33%' AND length(d) = 11 THEN '0' || substr(d, 3)
      ELSE nullif(d, '')
    END
    FROM (SELECT regexp_replace(value, '[^0-9]', '', 'g') AS d) AS digits
  $$;
--> statement-breakpoint
ALTER TABLE "demand"."demands"
  ADD COLUMN "search_name" text GENERATED ALWAYS AS ("demand"."search_text"((data->'applicant'->>'lastName') || ' ' || (data->'applicant'->>'firstName'))) STORED,
  ADD COLUMN "search_name_first" text GENERATED ALWAYS AS ("demand"."search_text"((data->'applicant'->>'firstName') || ' ' || (data->'applicant'->>'lastName'))) STORED,
  ADD COLUMN "search_email" text GENERATED ALWAYS AS (lower(btrim(data->'applicant'->>'email'))) STORED,
  ADD COLUMN "search_phone" text GENERATED ALWAYS AS ("demand"."search_phone"(data->'applicant'->>'phone')) STORED;
--> statement-breakpoint
CREATE INDEX "demands_search_name_idx" ON "demand"."demands" USING btree ("search_name" text_pattern_ops, "id");
--> statement-breakpoint
CREATE INDEX "demands_search_name_first_idx" ON "demand"."demands" USING btree ("search_name_first" text_pattern_ops, "id");
--> statement-breakpoint
CREATE INDEX "demands_search_email_idx" ON "demand"."demands" USING btree ("search_email" text_pattern_ops, "id");
--> statement-breakpoint
CREATE INDEX "demands_search_phone_idx" ON "demand"."demands" USING btree ("search_phone");
--> statement-breakpoint
-- A registration number typed in the search is looked up exactly, whatever its registry: an index
-- on the number alone (the unique index of the number is per registry from 0018 on, the number second).
CREATE INDEX "demands_registration_number_idx" ON "demand"."demands" USING btree ("registration_number");
--> statement-breakpoint
-- The audit trail's search by person (issue 18 item 3): who acted, by the beginning of their name or e-mail.
CREATE INDEX "accounts_display_name_search_idx" ON "identity"."accounts" USING btree (lower("display_name") text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "accounts_email_search_idx" ON "identity"."accounts" USING btree (lower("email") text_pattern_ops);
