-- computed_quotients (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: BigDecimal 19.989999999999995
--   2: String 'purchase'
--   3: OffsetDateTime 2025-10-24T22:00Z
--   4: OffsetDateTime 2026-10-25T12:00Z
--   5: BigDecimal 0.99999999999999995
--   6: BigDecimal 2.0000000000000005
--   7: String 'purchase'
--   8: OffsetDateTime 2025-10-24T22:00Z
--   9: OffsetDateTime 2026-10-25T12:00Z
--   10: String 'email_sent'
--   11: String 'email_open'
--   12: BigDecimal 0.49999999999999995
--   13: String 'email_sent'
--   14: String 'email_open'
--   15: BigDecimal 0.50000000000000005
--   16: String 'email_sent'
--   17: String 'email_open'
--   18: BigDecimal 0.33333333333333325
--   19: String 'email_sent'
--   20: String 'email_open'
--   21: BigDecimal 0.33333333333333335
--   22: String 'email_sent'
--   23: String 'email_open'
--   24: String 'email_sent'
--   25: OffsetDateTime 2026-07-26T22:00Z
--   26: OffsetDateTime 2026-10-25T12:00Z
--   27: String 'email_sent'
--   28: String 'email_open'
--   29: String 'email_sent'
--   30: OffsetDateTime 2026-07-26T22:00Z
--   31: OffsetDateTime 2026-10-25T12:00Z
SELECT p."profile_key"
FROM "profile" p
WHERE (
  (SELECT COUNT(e."p_amount") > 0 AND SUM(e."p_amount") >= ? * COUNT(e."p_amount") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?)
  OR NOT ((SELECT COUNT(e."p_amount") > 0 AND SUM(e."p_amount") >= ? * COUNT(e."p_amount") AND SUM(e."p_amount") <= ? * COUNT(e."p_amount") FROM "event" e WHERE e."profile_id" = p."profile_id" AND e."event_type" = ? AND e."occurred_at" >= ? AND e."occurred_at" <= ?))
  OR (SELECT COUNT(CASE WHEN e."event_type" = ? THEN 1 END) > 0 AND ((COUNT(CASE WHEN e."event_type" = ? THEN 1 END) >= ? * COUNT(CASE WHEN e."event_type" = ? THEN 1 END) AND COUNT(CASE WHEN e."event_type" = ? THEN 1 END) <= ? * COUNT(CASE WHEN e."event_type" = ? THEN 1 END)) OR (COUNT(CASE WHEN e."event_type" = ? THEN 1 END) > ? * COUNT(CASE WHEN e."event_type" = ? THEN 1 END) AND COUNT(CASE WHEN e."event_type" = ? THEN 1 END) < ? * COUNT(CASE WHEN e."event_type" = ? THEN 1 END)) OR FALSE) FROM "event" e WHERE e."profile_id" = p."profile_id" AND (e."event_type" = ? OR e."event_type" = ?) AND e."occurred_at" >= ? AND e."occurred_at" <= ?)
  OR NOT ((SELECT COUNT(CASE WHEN e."event_type" = ? THEN 1 END) = 0 FROM "event" e WHERE e."profile_id" = p."profile_id" AND (e."event_type" = ? OR e."event_type" = ?) AND e."occurred_at" >= ? AND e."occurred_at" <= ?))
)
ORDER BY p."profile_key"
