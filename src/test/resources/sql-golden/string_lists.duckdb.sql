-- string_lists (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'vip'
--   2: String 'silver'
--   3: String 'vip'
--   4: String 'gold'
--   5: String 'gold'
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(list_contains(p."a_tags", ?) OR list_contains(p."a_tags", ?), FALSE)
  OR COALESCE(list_contains(p."a_tags", ?) AND list_contains(p."a_tags", ?), FALSE)
  OR NOT (COALESCE(list_contains(p."a_tags", ?), FALSE))
)
ORDER BY p."profile_key"
