-- computed_aggregates (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: LocalDate 2026-10-25
--   2: String 'Europe/Berlin'
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
  COALESCE((SELECT (CAST(? AS DATE) - CAST(timezone(?, MAX(e."occurred_at")) AS DATE)) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" <= ?) <= ?, FALSE)
  AND COALESCE((SELECT COUNT(*) FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?) >= ?, FALSE)
  AND COALESCE((SELECT SUM(e."p_amount") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" < ?) BETWEEN ? AND ?, FALSE)
  AND (SELECT MIN(e."p_quantity") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" < ?) IS NULL
  AND COALESCE((SELECT MAX(e."p_amount") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?) > ?, FALSE)
)
ORDER BY p."profile_key"
