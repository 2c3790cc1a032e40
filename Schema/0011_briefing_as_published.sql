-- A technical briefing as the secretariat publishes it (a slide deck taken to text):
-- budget figures with no year, several rows a resolution ("Intergovernmental Working
-- Group", "Open Platform"), figures written "in kind" or "-" that are no number, a
-- PBI summary (recurrent and one-time lines) with its grand total, roadmaps whose
-- steps may have no period, belong to a group ("Year 1", "Following years",
-- "Continuous") and cite operative paragraphs, and a fundraising strategy.
-- budgetImplication and roadmapMilestone are rebuilt to lift NOT NULL constraints that
-- such a briefing breaks; their rows carry over unchanged.

CREATE TABLE budgetImplicationPublished (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    -- The row's order among the resolution's rows of this briefing.
    position          INTEGER NOT NULL CHECK (position > 0),
    -- NULL when the briefing gives no year.
    year              INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2999),
    nature            TEXT CHECK (nature IN ('recurrent', 'oneTime')),
    -- The row's own name when a resolution has several ("Open Platform").
    label             TEXT,
    -- 1 for a line of a PBI summary, which its grand total adds up.
    isSummary         INTEGER NOT NULL DEFAULT 0 CHECK (isSummary IN (0, 1)),
    -- Figures as written: decimal text ("1,234.5"), 'in kind', or '-' (stated as none);
    -- NULL when the table leaves the figure out.
    post              TEXT,
    nonPost           TEXT,
    total             TEXT,
    existing          TEXT,
    totalLessExisting TEXT,
    unit              TEXT NOT NULL,
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    totalLine         INTEGER,
    totalLessExistingLine INTEGER,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source, position)
);
INSERT INTO budgetImplicationPublished (id, resolutionId, position, year, nature, label, isSummary, post, nonPost,
    total, existing, totalLessExisting, unit, source, sourceLine, totalLine, totalLessExistingLine, createdBy, createdAt)
SELECT id, resolutionId,
       (SELECT COUNT(*) FROM budgetImplication e
         WHERE e.resolutionId = b.resolutionId AND e.source = b.source AND e.year <= b.year),
       year, nature, NULL, 0, post, nonPost, total, existing, totalLessExisting, unit, source, sourceLine,
       totalLine, totalLessExistingLine, createdBy, createdAt
  FROM budgetImplication b;
DROP TABLE budgetImplication;
ALTER TABLE budgetImplicationPublished RENAME TO budgetImplication;

CREATE TABLE roadmapMilestonePublished (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    position          INTEGER NOT NULL CHECK (position > 0),
    -- The roadmap's own name when a resolution has several ("Adequate Housing for All
    -- Platform"); NULL for a resolution's only roadmap.
    roadmap           TEXT,
    -- The group the step is listed under, as written without its colon ("Year 1 (ongoing
    -- or using confirmed resources)", "Following years (…)", "Continuous", "Phase 1
    -- (2023-2025)", "Platform (OP1)").
    groupLabel        TEXT,
    -- As written ("Nov 2023 Feb / Mar 2024", "Immediate", "Continuous"); NULL when the
    -- step states none.
    period            TEXT CHECK (period IS NULL OR length(trim(period)) > 0),
    -- The period as days, where it can be read: both ends for "November 2023", only the
    -- end for "By Sep 2024".
    periodStart       TEXT CHECK (periodStart IS NULL OR periodStart GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    periodEnd         TEXT CHECK (periodEnd IS NULL OR periodEnd GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    activity          TEXT NOT NULL CHECK (length(trim(activity)) > 0),
    -- Operative paragraphs the step cites, comma-separated ("6", "3 (c),3 (d)", "all").
    paragraphs        TEXT NOT NULL DEFAULT '',
    responsible       TEXT,
    status            TEXT,
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source, position)
);
INSERT INTO roadmapMilestonePublished (id, resolutionId, position, period, activity, responsible, status, source,
    sourceLine, createdBy, createdAt)
SELECT id, resolutionId, position, period, activity, responsible, status, source, sourceLine, createdBy, createdAt
  FROM roadmapMilestone;
DROP TABLE roadmapMilestone;
ALTER TABLE roadmapMilestonePublished RENAME TO roadmapMilestone;
CREATE INDEX roadmapMilestoneByResolution ON roadmapMilestone(resolutionId, source, position);

-- The grand total a PBI summary states, as written, for the check against its lines.
CREATE TABLE budgetGrandTotal (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    amount            TEXT NOT NULL,
    unit              TEXT NOT NULL,
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source)
);

-- A resolution's fundraising strategy, line by line as the briefing lists it.
CREATE TABLE fundraisingLine (
    id                INTEGER PRIMARY KEY,
    resolutionId      INTEGER NOT NULL REFERENCES resolution(id),
    position          INTEGER NOT NULL CHECK (position > 0),
    -- 0 for a line of the strategy, 1 for a line listed under the one above it.
    level             INTEGER NOT NULL DEFAULT 0 CHECK (level IN (0, 1)),
    text              TEXT NOT NULL CHECK (length(trim(text)) > 0),
    source            TEXT NOT NULL,
    sourceLine        INTEGER NOT NULL,
    createdBy         TEXT NOT NULL,
    createdAt         TEXT NOT NULL,
    UNIQUE (resolutionId, source, position)
);
CREATE INDEX fundraisingLineByResolution ON fundraisingLine(resolutionId, source, position);
