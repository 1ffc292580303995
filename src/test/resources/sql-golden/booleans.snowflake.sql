-- booleans (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: Boolean true
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(p."a_newsletter" = TRUE, FALSE)
  OR COALESCE(p."a_newsletter" = FALSE, FALSE)
  OR NOT (COALESCE(p."a_newsletter" = ?, FALSE))
)
ORDER BY p."profile_key"
