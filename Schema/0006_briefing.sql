-- What a technical briefing adds to a resolution: its programme budget implications,
-- year by year, and its implementation roadmap. Figures are kept as decimal text with
-- the decimals the document gives ("1,234.5"; a dash is 0, a deduction "(120.0)" is
-- -120.0): `tracker check` redoes their arithmetic exactly, and a figure that does not
-- add up is kept as published, for the check to report.
-- The tracker's displayed gap and gap per cent are kept beside the recomputed ones
-- for the same reason.

ALTER TABLE fundingSnapshot ADD COLUMN shownGap INTEGER;
ALTER TABLE fundingSnapshot ADD COLUMN shownGapPercent INTEGER;

CREATE TABLE budgetImplication (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    year              INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    nature            TEXT CHECK (nature IN ('recurrent', 'oneTime')),
    post              TEXT,
    nonPost           TEXT,
    total             TEXT NOT NULL,
    existing          TEXT,
    totalLessExisting TEXT,
    unit              TEXT NOT NULL,
    -- The briefing's symbol, or its file name when it has none; the table's line, and
    -- the lines of the rows the checks cite.
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    totalLine         INTEGER,
    totalLessExistingLine INTEGER,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source, year)
);

CREATE TABLE roadmapMilestone (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    position          INTEGER NOT NULL CHECK (position > 0),
    period            TEXT NOT NULL CHECK (length(trim(period)) > 0),
    activity          TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    responsible       TEXT,
    status            TEXT,
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source, position)
);
CREATE INDEX roadmapMilestoneByResolution ON roadmapMilestone(resolutionId, source, position);
