-- text_equality (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
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
  COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣ', 'iσ') COLLATE "und-x-icu") = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE)
  AND COALESCE(p."a_country" = ?, FALSE)
  AND COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣ', 'iσ') COLLATE "und-x-icu") IN (LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu")), FALSE)
  AND NOT (COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣ', 'iσ') COLLATE "und-x-icu") IN (LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu")), FALSE))
  AND NOT (COALESCE(LOWER(TRANSLATE(p."a_country", 'İΣ', 'iσ') COLLATE "und-x-icu") = LOWER(TRANSLATE(?, 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE))
)
ORDER BY p."profile_key"
