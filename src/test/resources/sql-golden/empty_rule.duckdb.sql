-- empty_rule (duckdb), as of 2026-10-25T12:00:00Z in Europe/Berlin
-- parameters: none
SELECT p."profile_key"
FROM "profile" p
WHERE TRUE
ORDER BY p."profile_key"
