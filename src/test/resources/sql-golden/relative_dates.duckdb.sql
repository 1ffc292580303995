-- relative_dates (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: LocalDate 2026-09-25
--   2: LocalDate 2026-10-25
--   3: LocalDate 2025-10-25
--   4: LocalDate 2026-10-25
--   5: LocalDate 2026-11-01
--   6: OffsetDateTime 2026-10-23T22:00Z
--   7: OffsetDateTime 2026-10-25T12:00Z
--   8: OffsetDateTime 2026-10-25T12:00Z
--   9: OffsetDateTime 2026-10-26T23:00Z
--   10: OffsetDateTime 2026-10-23T22:00Z
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(p."a_birthday" >= ? AND p."a_birthday" <= ?, FALSE)
  OR COALESCE(p."a_birthday" < ?, FALSE)
  OR COALESCE(p."a_birthday" >= ? AND p."a_birthday" <= ?, FALSE)
  OR COALESCE(p."a_last_seen" >= ? AND p."a_last_seen" <= ?, FALSE)
  OR COALESCE(p."a_last_seen" >= ? AND p."a_last_seen" < ?, FALSE)
  OR COALESCE(p."a_last_seen" < ?, FALSE)
)
ORDER BY p."profile_key"
