-- Segment Studio workspace, schema version 4.
-- Computed attributes: profile attributes derived from events (recency, frequency, monetary value,
-- averages, rates). Their values are stored in the attribute's column like any other, so every engine
-- reads them alike; the definition and the instant they were computed as of live here.
CREATE TABLE computed_attribute (
    name           VARCHAR(100) PRIMARY KEY REFERENCES attribute (name) ON DELETE CASCADE,
    definition     VARCHAR(4000) NOT NULL,
    computed_as_of TIMESTAMP WITH TIME ZONE
);
