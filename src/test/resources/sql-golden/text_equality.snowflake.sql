-- text_equality (snowflake), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String 'de'
--   2: String 'DE'
--   3: String 'fr'
--   4: String 'ÖSTERREICH'
--   5: String 'de'
--   6: String 'fr'
--   7: String ' de '
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(LOWER(TRIM(p."a_country", ' ')) = LOWER(TRIM(?, ' ')), FALSE)
  AND COALESCE(p."a_country" = ?, FALSE)
  AND COALESCE(LOWER(TRIM(p."a_country", ' ')) IN (LOWER(TRIM(?, ' ')), LOWER(TRIM(?, ' '))), FALSE)
  AND NOT (COALESCE(LOWER(TRIM(p."a_country", ' ')) IN (LOWER(TRIM(?, ' ')), LOWER(TRIM(?, ' '))), FALSE))
  AND NOT (COALESCE(LOWER(p."a_country") = LOWER(?), FALSE))
)
ORDER BY p."profile_key"
