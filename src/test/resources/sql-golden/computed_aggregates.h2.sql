-- computed_aggregates (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'Europe/Berlin'
--   2: LocalDate 2026-10-25
--   3: String 'purchase'
--   4: OffsetDateTime 2026-10-25T12:00Z
--   5: Long 30
--   6: String 'purchase'
--   7: OffsetDateTime 2026-09-24T22:00Z
--   8: OffsetDateTime 2026-10-25T12:00Z
--   9: Long 2
--   10: String 'purchase'
--   11: OffsetDateTime 2026-06-30T22:00Z
--   12: OffsetDateTime 2026-09-30T22:00Z
--   13: BigDecimal 10
--   14: BigDecimal 99.5
--   15: String 'purchase'
--   16: OffsetDateTime 2026-09-30T22:00Z
--   17: String 'purchase'
--   18: OffsetDateTime 2026-09-30T22:00Z
--   19: OffsetDateTime 2026-10-25T12:00Z
--   20: BigDecimal 50
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE((SELECT DATEDIFF(DAY, CAST(FORMATDATETIME(MAX(e."occurred_at"), 'uuuu-MM-dd', 'en', ?) AS DATE), CAST(? AS DATE)) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ?) <= ?, FALSE)
  AND COALESCE((SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?) >= ?, FALSE)
  AND COALESCE((SELECT CAST(SUM(e."p_amount") AS DECFLOAT) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" < ?) BETWEEN ? AND ?, FALSE)
  AND (SELECT CAST(MIN(e."p_quantity") AS DECFLOAT) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" < ?) IS NULL
  AND COALESCE((SELECT CAST(MAX(e."p_amount") AS DECFLOAT) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?) > ?, FALSE)
)
ORDER BY p."profile_key"
