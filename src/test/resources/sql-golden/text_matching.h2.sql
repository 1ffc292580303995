-- text_matching (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
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
  COALESCE(POSITION(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')) IN LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_email"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))) > 0, FALSE)
  OR NOT (COALESCE(LEFT(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_email"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), LENGTH(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')))) = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), FALSE))
  OR COALESCE(RIGHT(TRIM(BOTH ' ' FROM p."a_email"), LENGTH(TRIM(BOTH ' ' FROM ?))) = TRIM(BOTH ' ' FROM ?), FALSE)
  OR COALESCE(REGEXP_LIKE(TRIM(BOTH ' ' FROM p."a_email"), ?, 'i'), FALSE)
  OR COALESCE(REGEXP_LIKE(p."a_email", ?, 'c'), FALSE)
)
ORDER BY p."profile_key"
