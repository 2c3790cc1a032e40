-- The totals a published tracker prints above its lines (resources required and
-- mobilized, the gap and the gap per cent, in US$ thousands), as printed: one row a
-- tracker imported, by the day it holds for. They are kept beside the lines, not
-- recomputed, so that `tracker check` can say where they differ from the sum of the
-- lines (a snapshot cut short, a total rounded another way). A figure the tracker does
-- not print is NULL.
CREATE TABLE trackerTotal (
    id              INTEGER PRIMARY KEY,
    asOf            TEXT NOT NULL UNIQUE CHECK (asOf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source          TEXT NOT NULL CHECK (length(trim(source)) > 0),
    required        INTEGER CHECK (required IS NULL OR required >= 0),
    mobilized       INTEGER CHECK (mobilized IS NULL OR mobilized >= 0),
    gap             INTEGER CHECK (gap IS NULL OR gap >= 0),
    gapPercent      INTEGER CHECK (gapPercent IS NULL OR gapPercent BETWEEN 0 AND 100),
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL
);
