-- text_matching (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String '%_'
--   2: String '_'
--   3: String '_'
--   4: String '.COM'
--   5: String '.COM'
--   6: String '^[a-z]+@example\\.com$'
--   7: String 'EXAMPLE'
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(POSITION(LOWER(TRIM(?, ' ')) IN LOWER(TRIM(p."a_email", ' '))) > 0, FALSE)
  OR NOT (COALESCE(LEFT(LOWER(TRIM(p."a_email", ' ')), LENGTH(LOWER(TRIM(?, ' ')))) = LOWER(TRIM(?, ' ')), FALSE))
  OR COALESCE(RIGHT(TRIM(p."a_email", ' '), LENGTH(TRIM(?, ' '))) = TRIM(?, ' '), FALSE)
  OR COALESCE(REGEXP_INSTR(TRIM(p."a_email", ' '), ?, 1, 1, 0, 'i') > 0, FALSE)
  OR COALESCE(REGEXP_INSTR(p."a_email", ?, 1, 1, 0, 'c') > 0, FALSE)
)
ORDER BY p."profile_key"
