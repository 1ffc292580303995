-- text_equality (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
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
  COALESCE(LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM p."a_country"), 'İ', 'i'), 'Σ', 'σ')) = LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM ?), 'İ', 'i'), 'Σ', 'σ')), FALSE)
  AND COALESCE(p."a_country" = ?, FALSE)
  AND COALESCE(LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM p."a_country"), 'İ', 'i'), 'Σ', 'σ')) IN (LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM ?), 'İ', 'i'), 'Σ', 'σ')), LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM ?), 'İ', 'i'), 'Σ', 'σ'))), FALSE)
  AND NOT (COALESCE(LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM p."a_country"), 'İ', 'i'), 'Σ', 'σ')) IN (LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM ?), 'İ', 'i'), 'Σ', 'σ')), LOWER(REPLACE(REPLACE(TRIM(BOTH ' ' FROM ?), 'İ', 'i'), 'Σ', 'σ'))), FALSE))
  AND NOT (COALESCE(LOWER(REPLACE(REPLACE(p."a_country", 'İ', 'i'), 'Σ', 'σ')) = LOWER(REPLACE(REPLACE(?, 'İ', 'i'), 'Σ', 'σ')), FALSE))
)
ORDER BY p."profile_key"
