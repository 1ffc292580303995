-- timestamps (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: OffsetDateTime 2026-03-28T23:00Z
--   2: OffsetDateTime 2026-03-29T22:00Z
--   3: OffsetDateTime 2026-03-27T23:00Z
--   4: OffsetDateTime 2026-03-29T22:00Z
--   5: OffsetDateTime 2026-03-29T22:00Z
--   6: OffsetDateTime 2026-10-24T22:00Z
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(p."a_last_seen" >= ? AND p."a_last_seen" < ?, FALSE)
  AND COALESCE(p."a_last_seen" >= ? AND p."a_last_seen" < ?, FALSE)
  AND COALESCE(p."a_last_seen" < ?, FALSE)
  AND COALESCE(p."a_last_seen" >= ?, FALSE)
)
ORDER BY p."profile_key"
