-- text_matching (bigquery), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String '%_'
--   2: String '_'
--   3: String '_'
--   4: String '.COM'
--   5: String '.COM'
--   6: String '(?i)^[a-z]+@example\\.com$'
--   7: String 'EXAMPLE'
SELECT p.`profile_key`
FROM `profile` p
WHERE (
  COALESCE(STRPOS(LOWER(TRIM(p.`a_email`, ' ')), LOWER(TRIM(?, ' '))) > 0, FALSE)
  OR NOT (COALESCE(LEFT(LOWER(TRIM(p.`a_email`, ' ')), LENGTH(LOWER(TRIM(?, ' ')))) = LOWER(TRIM(?, ' ')), FALSE))
  OR COALESCE(RIGHT(TRIM(p.`a_email`, ' '), LENGTH(TRIM(?, ' '))) = TRIM(?, ' '), FALSE)
  OR COALESCE(REGEXP_CONTAINS(TRIM(p.`a_email`, ' '), ?), FALSE)
  OR COALESCE(REGEXP_CONTAINS(p.`a_email`, ?), FALSE)
)
ORDER BY p.`profile_key`
