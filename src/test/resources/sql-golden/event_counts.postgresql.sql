-- event_counts (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'purchase'
--   2: OffsetDateTime 2026-09-24T22:00Z
--   3: OffsetDateTime 2026-10-25T12:00Z
--   4: String 'shoes'
--   5: BigDecimal 10
--   6: String 'books'
--   7: Long 2
--   8: String 'page_view'
--   9: OffsetDateTime 2026-10-24T22:00Z
--   10: Long 0
--   11: String 'purchase'
--   12: OffsetDateTime 2026-10-25T12:00Z
--   13: Long 1
--   14: Long 3
SELECT p."profile_key"
FROM "profile" p
WHERE (
  (SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ? AND COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM e."p_category"), 'İΣ', 'iσ') COLLATE "und-x-icu") = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE) AND COALESCE(e."p_amount" >= ?, FALSE) AND NOT (COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM e."p_category"), 'İΣ', 'iσ') COLLATE "und-x-icu") IN (LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu")), FALSE))) >= ?
  AND (SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" < ?) <= ?
  AND ((SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ?) BETWEEN ? AND ?)
)
ORDER BY p."profile_key"
