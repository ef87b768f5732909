-- Issue 15, item 9: one rule for the département of a commune (src/shared/commune.ts). The demand
-- module used to file a demand whose commune code starts with 98 (overseas collectivités:
-- Wallis-et-Futuna 986, Polynésie française 987, Nouvelle-Calédonie 988…) under "98"; the rule gives
-- the three-character territory code, as the offers have always had it. Recomputed here for the
-- demands stored with "98" (the address in France, else the first wished commune, as
-- departementOfDemand does); demands without such a code keep what they have.
UPDATE demand.demands AS d
SET departement = fixed.code
FROM (
  SELECT id, left(
    CASE
      WHEN coalesce(data #>> '{applicant,address,abroad}', 'false') <> 'true'
        AND (data #>> '{applicant,address,communeCode}') ~ '^([0-9]{5}|2[AB][0-9]{3})$'
      THEN data #>> '{applicant,address,communeCode}'
      ELSE data #>> '{wishes,communeCodes,0}'
    END, 3) AS code
  FROM demand.demands
  WHERE departement = '98'
) AS fixed
WHERE d.id = fixed.id AND fixed.code LIKE '98_';
