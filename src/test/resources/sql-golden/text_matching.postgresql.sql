-- text_matching (postgresql), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters:
--   1: String '%_'
--   2: String '_'
--   3: String '_'
--   4: String '.COM'
--   5: String '.COM'
--   6: String '^[a-z]+@example\\.com$'
--   7: String 'EXAMPLE'
SELECT p."profile_key"
FROM "profile" p
WHERE (
  COALESCE(POSITION(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu") IN LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_email"), 'İΣ', 'iσ') COLLATE "und-x-icu")) > 0, FALSE)
  OR NOT (COALESCE(LEFT(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_email"), 'İΣ', 'iσ') COLLATE "und-x-icu"), LENGTH(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"))) = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣ', 'iσ') COLLATE "und-x-icu"), FALSE))
  OR COALESCE(RIGHT(TRIM(BOTH ' ' FROM p."a_email"), LENGTH(TRIM(BOTH ' ' FROM ?))) = TRIM(BOTH ' ' FROM ?), FALSE)
  OR COALESCE((TRIM(BOTH ' ' FROM p."a_email") COLLATE "und-x-icu") ~* ?, FALSE)
  OR COALESCE((p."a_email" COLLATE "C") ~ ?, FALSE)
)
ORDER BY p."profile_key"
