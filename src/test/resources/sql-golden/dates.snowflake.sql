-- dates (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: LocalDate 2026-10-24
--   2: LocalDate 2026-10-24
--   3: LocalDate 2000-02-29
--   4: LocalDate 2026-10-18
--   5: LocalDate 2026-09-25
--   6: LocalDate 2026-10-24
--   7: LocalDate 2026-01-01
--   8: LocalDate 2026-01-31
--   9: LocalDate 2026-10-18
--   10: LocalDate 2026-11-01
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(p."a_birthday" >= ? AND p."a_birthday" <= ?, FALSE)
  AND COALESCE(p."a_birthday" < ?, FALSE)
  AND COALESCE(p."a_birthday" > ?, FALSE)
  AND COALESCE(p."a_birthday" >= ? AND p."a_birthday" <= ?, FALSE)
  AND NOT (COALESCE(p."a_birthday" >= ? AND p."a_birthday" <= ?, FALSE))
  AND COALESCE(p."a_birthday" IN (?, ?), FALSE)
)
ORDER BY p."profile_key"
