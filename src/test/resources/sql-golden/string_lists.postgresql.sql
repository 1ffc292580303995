-- string_lists (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'vip'
--   2: String 'silver'
--   3: String 'vip'
--   4: String 'gold'
--   5: String 'gold'
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(? = ANY(p."a_tags") OR ? = ANY(p."a_tags"), FALSE)
  OR COALESCE(? = ANY(p."a_tags") AND ? = ANY(p."a_tags"), FALSE)
  OR NOT (COALESCE(? = ANY(p."a_tags"), FALSE))
)
ORDER BY p."profile_key"
