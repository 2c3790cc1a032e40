-- The documents a meeting is issued with (its provisional agenda, the annotated agenda,
-- the progress report, the summary): one of each kind a meeting, with its symbol, its
-- date of issue and the agenda item it is issued under, as their mastheads print them.
--
-- A row here is what a document is to its meeting; the symbol stays in `document`,
-- where every symbol the record names already is (agenda items' documents, references
-- in what was said). So one symbol is one row wherever it appears, and one document at
-- most is a meeting's (UNIQUE documentId). `document` itself could not hold these: a
-- meeting's document is often known before its symbol is (a date of issue, or the item
-- first), and `document` has a symbol or no row; and it has no update stamps.
-- The item is kept as its label ("9", "2(a)"), not as a link to the agenda item: an
-- import of the meeting's record makes its agenda items anew, and the masthead reads
-- the label under the provisional agenda as issued.
CREATE TABLE meetingDocument (
    id              INTEGER PRIMARY KEY,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL
        CHECK (kind IN ('provisionalAgenda', 'annotatedAgenda', 'progressReport', 'summary')),
    documentId      INTEGER UNIQUE REFERENCES document(id),
    issuedOn        TEXT CHECK (issuedOn IS NULL OR issuedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    agendaItem      TEXT CHECK (agendaItem IS NULL OR length(trim(agendaItem)) > 0),
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT,
    UNIQUE (meetingId, kind)
);

-- How a body's documents are distributed, as their mastheads say ("Distr.: General").
ALTER TABLE body ADD COLUMN distribution TEXT NOT NULL DEFAULT 'general'
    CHECK (distribution IN ('general', 'limited', 'restricted'));
