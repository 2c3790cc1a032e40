-- Where each resolution's implementation stands: status over time, funding snapshots
-- (in the tracker's unit, US$ thousands, as whole numbers: never binary floating point),
-- and dated implementation updates with their source.

CREATE TABLE implementationStatus (
    id              INTEGER PRIMARY KEY,
    resolutionId    INTEGER NOT NULL REFERENCES resolution(id),
    status          TEXT NOT NULL CHECK (status IN ('notStarted', 'underImplementation', 'implemented')),
    asOf            TEXT NOT NULL CHECK (asOf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source          TEXT,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    UNIQUE (resolutionId, asOf)
);

CREATE TABLE fundingSnapshot (
    id              INTEGER PRIMARY KEY,
    resolutionId    INTEGER NOT NULL REFERENCES resolution(id),
    asOf            TEXT NOT NULL CHECK (asOf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    required        INTEGER NOT NULL CHECK (required >= 0),
    mobilized       INTEGER NOT NULL CHECK (mobilized >= 0),
    unit            TEXT NOT NULL DEFAULT 'US$ thousands',
    note            TEXT,
    source          TEXT,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    UNIQUE (resolutionId, asOf)
);

CREATE TABLE implementationUpdate (
    id              INTEGER PRIMARY KEY,
    resolutionId    INTEGER NOT NULL REFERENCES resolution(id),
    asOf            TEXT NOT NULL CHECK (asOf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    position        INTEGER NOT NULL CHECK (position > 0),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    -- Operative paragraphs the update cites ("3,4"), as found in its text.
    paragraphs      TEXT NOT NULL DEFAULT '',
    sourceKind      TEXT NOT NULL CHECK (sourceKind IN ('tracker', 'report', 'briefing', 'manual')),
    sourceSymbol    TEXT,
    sourceParagraph INTEGER,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL
);
CREATE INDEX implementationUpdateByResolution ON implementationUpdate(resolutionId, asOf, position);
