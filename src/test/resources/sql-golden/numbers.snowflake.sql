-- numbers (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: Long 18
--   2: Long 65
--   3: Long 20
--   4: Long 30
--   5: Long 17
--   6: Long 30
--   7: Long 45
--   8: BigDecimal 19.9
--   9: BigDecimal 19.90
--   10: BigDecimal 2.5
--   11: BigDecimal 100
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(p."a_age" BETWEEN ? AND ?, FALSE)
  AND NOT (COALESCE(p."a_age" BETWEEN ? AND ?, FALSE))
  AND COALESCE(p."a_age" > ?, FALSE)
  AND NOT (COALESCE(p."a_age" IN (?, ?), FALSE))
  AND COALESCE(p."a_balance" = ?, FALSE)
  AND COALESCE(p."a_balance" >= ?, FALSE)
  AND COALESCE(p."a_balance" IN (?, ?), FALSE)
)
ORDER BY p."profile_key"
