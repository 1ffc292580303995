-- string_lists (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'vip'
--   2: String 'silver'
--   3: String 'vip'
--   4: String 'gold'
--   5: String 'gold'
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(ARRAY_CONTAINS(p."a_tags", ?) OR ARRAY_CONTAINS(p."a_tags", ?), FALSE)
  OR COALESCE(ARRAY_CONTAINS(p."a_tags", ?) AND ARRAY_CONTAINS(p."a_tags", ?), FALSE)
  OR NOT (COALESCE(ARRAY_CONTAINS(p."a_tags", ?), FALSE))
)
ORDER BY p."profile_key"
