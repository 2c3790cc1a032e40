-- A meeting summary read from its published text keeps its paragraphs as printed: one
-- row a numbered paragraph, with its number, the agenda item it falls under and its
-- wording (subject, procedural sentences and list entries included), whatever records
-- were drawn from it. Several interventions or responses may share one paragraph; they
-- name it by their sourceParagraph. Once an officer edits a record drawn from a
-- paragraph, the paragraph is written from the record again, and `edited` says so.
-- publishedSummary says how the published text named speakers, so that the wording is
-- only ever shown in the style it was written in.

CREATE TABLE publishedSummary (
    meetingId   INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    -- NULL when the text gave no way to tell (no Member State spoke).
    style       TEXT CHECK (style IS NULL OR style IN ('anonymous', 'capitals', 'named'))
);

CREATE TABLE publishedParagraph (
    meetingId   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    -- The agenda item's label as the record gives it ("2", "2(a)").
    itemLabel   TEXT NOT NULL,
    -- As printed: running text and list entries one a line, list entries as "- a. …".
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    edited      INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    PRIMARY KEY (meetingId, number)
);
