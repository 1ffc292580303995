-- computed_first_last (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'purchase'
--   2: OffsetDateTime 2026-10-25T12:00Z
--   3: String 'shoes'
--   4: String 'purchase'
--   5: OffsetDateTime 2026-09-24T22:00Z
--   6: OffsetDateTime 2026-10-25T12:00Z
--   7: BigDecimal 10
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM (SELECT e."p_category" FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ? AND e."p_category" IS NOT NULL ORDER BY e."occurred_at", (e."p_category" COLLATE "C") LIMIT 1)), 'İΣ', 'iσ') COLLATE "und-x-icu") = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE)
  OR COALESCE((SELECT e."p_amount" FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ? AND e."p_amount" IS NOT NULL ORDER BY e."occurred_at" DESC, e."p_amount" DESC LIMIT 1) < ?, FALSE)
)
ORDER BY p."profile_key"
