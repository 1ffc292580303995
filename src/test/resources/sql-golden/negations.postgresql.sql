-- negations (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'de'
--   2: Long 40
--   3: String 'purchase'
--   4: OffsetDateTime 2026-10-25T12:00Z
--   5: Long 1
--   6: Long 30
SELECT p."profile_key"
FROM "profile" p
WHERE NOT (
  COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣ', 'iσ') COLLATE "und-x-icu") = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE)
  OR (
    COALESCE(p."a_age" > ?, FALSE)
    AND NOT ((SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ?) >= ?)
  )
  OR NOT (NOT (COALESCE(p."a_age" IN (?), FALSE)))
)
ORDER BY p."profile_key"
