-- missing_and_empty (h2), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters: none
SELECT p."profile_key"
FROM "profile" p
WHERE (
  (p."a_country" IS NULL OR LENGTH(TRIM(BOTH ' ' FROM p."a_country")) = 0)
  AND NOT ((p."a_email" IS NULL OR LENGTH(TRIM(BOTH ' ' FROM p."a_email")) = 0))
  AND (p."a_tags" IS NULL OR CARDINALITY(p."a_tags") = 0)
  AND NOT (p."a_tags" IS NULL)
  AND p."a_last_seen" IS NULL
)
ORDER BY p."profile_key"
