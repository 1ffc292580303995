-- event_aggregates (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: Long 1
--   2: BigDecimal 30
--   3: BigDecimal 31
--   4: String 'purchase'
--   5: OffsetDateTime 2026-09-30T22:00Z
--   6: OffsetDateTime 2026-10-25T12:00Z
--   7: Long 1
--   8: BigDecimal 150
--   9: String 'purchase'
--   10: OffsetDateTime 2026-10-25T12:00Z
--   11: Long 5
--   12: BigDecimal 2.5
--   13: String 'purchase'
--   14: OffsetDateTime 2026-10-01T22:00Z
--   15: OffsetDateTime 2026-10-25T12:00Z
--   16: Long 1
--   17: BigDecimal 20
--   18: String 'purchase'
--   19: OffsetDateTime 2026-07-24T22:00Z
--   20: OffsetDateTime 2026-10-25T12:00Z
--   21: Long 2
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE((SELECT COUNT(*) >= ? AND (SUM(e."p_amount") BETWEEN CAST(? AS DECFLOAT) AND CAST(? AS DECFLOAT)) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?), FALSE)
  OR COALESCE((SELECT COUNT(*) >= ? AND COUNT(e."p_amount") > 0 AND SUM(e."p_amount") >= CAST(? AS DECFLOAT) * COUNT(e."p_amount") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ?), FALSE)
  OR COALESCE((SELECT COUNT(*) <= ? AND MIN(e."p_quantity") > CAST(? AS DECFLOAT) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?), FALSE)
  OR COALESCE((SELECT COUNT(*) >= ? AND MAX(e."p_amount") <= CAST(? AS DECFLOAT) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ? AND COALESCE(e."p_quantity" <= ?, FALSE)), FALSE)
)
ORDER BY p."profile_key"
