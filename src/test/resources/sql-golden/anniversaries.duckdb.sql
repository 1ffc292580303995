-- anniversaries (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: Long 228
--   2: Long 229
--   3: String 'Europe/Berlin'
--   4: String 'Europe/Berlin'
--   5: Long 1025
--   6: Long 1025
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(EXTRACT(MONTH FROM p."a_birthday") * 100 + EXTRACT(DAY FROM p."a_birthday") IN (?, ?), FALSE)
  OR COALESCE(EXTRACT(MONTH FROM timezone(?, p."a_last_seen")) * 100 + EXTRACT(DAY FROM timezone(?, p."a_last_seen")) IN (?, ?), FALSE)
)
ORDER BY p."profile_key"
