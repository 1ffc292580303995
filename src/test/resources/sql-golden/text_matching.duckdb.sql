-- text_matching (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
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
  COALESCE(POSITION(LOWER(TRIM(BOTH ' ' FROM ?)) IN LOWER(TRIM(BOTH ' ' FROM p."a_email"))) > 0, FALSE)
  OR NOT (COALESCE(LEFT(LOWER(TRIM(BOTH ' ' FROM p."a_email")), LENGTH(LOWER(TRIM(BOTH ' ' FROM ?)))) = LOWER(TRIM(BOTH ' ' FROM ?)), FALSE))
  OR COALESCE(RIGHT(TRIM(BOTH ' ' FROM p."a_email"), LENGTH(TRIM(BOTH ' ' FROM ?))) = TRIM(BOTH ' ' FROM ?), FALSE)
  OR COALESCE(regexp_matches(TRIM(BOTH ' ' FROM p."a_email"), ?, 'i'), FALSE)
  OR COALESCE(regexp_matches(p."a_email", ?, 'c'), FALSE)
)
ORDER BY p."profile_key"
