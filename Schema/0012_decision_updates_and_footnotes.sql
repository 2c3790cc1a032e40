-- A report on the implementation of the Assembly's resolutions also reports on its
-- decisions (HSP/OECPR.2021/4, section V: decision 1/3), and a paragraph of a report
-- may call footnotes printed at the foot of its page (¹ ² ³).
-- implementationUpdate is rebuilt so that an update belongs to a resolution or to a
-- decision, exactly one of them; its rows carry over unchanged, each a resolution's.

CREATE TABLE implementationUpdateOfEither (
    id              INTEGER PRIMARY KEY,
    resolutionId    INTEGER REFERENCES resolution(id),
    decisionId      INTEGER REFERENCES decision(id),
    asOf            TEXT NOT NULL CHECK (asOf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    position        INTEGER NOT NULL CHECK (position > 0),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    -- Operative paragraphs the update cites ("3,4"), as found in its text.
    paragraphs      TEXT NOT NULL DEFAULT '',
    sourceKind      TEXT NOT NULL CHECK (sourceKind IN ('tracker', 'report', 'briefing', 'manual')),
    sourceSymbol    TEXT,
    sourceParagraph INTEGER,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    CHECK ((resolutionId IS NULL) <> (decisionId IS NULL))
);
INSERT INTO implementationUpdateOfEither (id, resolutionId, asOf, position, text, paragraphs, sourceKind,
    sourceSymbol, sourceParagraph, createdBy, createdAt)
SELECT id, resolutionId, asOf, position, text, paragraphs, sourceKind, sourceSymbol, sourceParagraph,
       createdBy, createdAt
  FROM implementationUpdate;
DROP TABLE implementationUpdate;
ALTER TABLE implementationUpdateOfEither RENAME TO implementationUpdate;
CREATE INDEX implementationUpdateByResolution ON implementationUpdate(resolutionId, asOf, position);
CREATE INDEX implementationUpdateByDecision ON implementationUpdate(decisionId, asOf, position);

-- A footnote of an update's paragraph, as its document prints it at the foot of the
-- page: the mark that calls it in the update's text ("¹") and its own text.
CREATE TABLE implementationFootnote (
    id              INTEGER PRIMARY KEY,
    updateId        INTEGER NOT NULL REFERENCES implementationUpdate(id) ON DELETE CASCADE,
    -- Its order among the update's footnotes.
    position        INTEGER NOT NULL CHECK (position > 0),
    mark            TEXT NOT NULL CHECK (length(trim(mark)) > 0),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (updateId, position)
);
