-- A session of several days (the Executive Board meets over three) keeps each day:
-- its number and date, and the day of every intervention, response and commitment
-- made on it. A daily journal numbers its paragraphs afresh each day, so a published
-- paragraph is known by its day and its number. A meeting of one day (every PBA
-- meeting) has no days: its records' day is NULL and it is stored as before.

CREATE TABLE meetingDay (
    meetingId   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (meetingId, number),
    UNIQUE (meetingId, date)
) WITHOUT ROWID;

ALTER TABLE intervention ADD COLUMN day INTEGER CHECK (day IS NULL OR day > 0);
ALTER TABLE response ADD COLUMN day INTEGER CHECK (day IS NULL OR day > 0);
ALTER TABLE commitment ADD COLUMN day INTEGER CHECK (day IS NULL OR day > 0);

-- SQLite cannot alter a primary key, so the table is rebuilt with its rows. A paragraph
-- is one a number within its meeting and day; NULL (no days) counts as one day.
CREATE TABLE publishedParagraphNew (
    meetingId   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    day         INTEGER CHECK (day IS NULL OR day > 0),
    number      INTEGER NOT NULL CHECK (number > 0),
    -- The agenda item's label as the record gives it ("2", "2(a)").
    itemLabel   TEXT NOT NULL,
    -- As printed: running text and list entries one a line, list entries as "- a. …".
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    edited      INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))
);
INSERT INTO publishedParagraphNew (meetingId, day, number, itemLabel, text, edited)
SELECT meetingId, NULL, number, itemLabel, text, edited FROM publishedParagraph;
DROP TABLE publishedParagraph;
ALTER TABLE publishedParagraphNew RENAME TO publishedParagraph;
CREATE UNIQUE INDEX publishedParagraphByNumber ON publishedParagraph(meetingId, ifnull(day, 0), number);
