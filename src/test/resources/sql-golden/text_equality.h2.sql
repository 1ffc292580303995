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
  COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')) = LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), FALSE)
  AND COALESCE(p."a_country" = ?, FALSE)
  AND COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')) IN (LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))), FALSE)
  AND NOT (COALESCE(LOWER(TRANSLATE(TRIM(BOTH ' ' FROM p."a_country"), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')) IN (LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), LOWER(TRANSLATE(TRIM(BOTH ' ' FROM ?), 'İΣIJĮÌÍĨ', 'iσijįìíĩ'))), FALSE))
  AND NOT (COALESCE(LOWER(TRANSLATE(p."a_country", 'İΣIJĮÌÍĨ', 'iσijįìíĩ')) = LOWER(TRANSLATE(?, 'İΣIJĮÌÍĨ', 'iσijįìíĩ')), FALSE))
)
ORDER BY p."profile_key"
