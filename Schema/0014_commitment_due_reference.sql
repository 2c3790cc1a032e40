-- A commitment may fall due "as early as possible", which names no date and is kept as
-- such; and at a meeting that is not recorded yet ("at the 2025 first session of the
-- Executive Board"), kept as the body and the numbers that meeting will carry until the
-- meeting is created and takes the reference over (dueMeetingId). SQLite cannot alter a
-- CHECK, so the table is rebuilt, keeping every row, its id and the highest id given.

CREATE TABLE commitmentNew (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,   -- where it was made
    responseId      INTEGER REFERENCES response(id),
    interventionId  INTEGER REFERENCES intervention(id),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    ownerKind       TEXT NOT NULL DEFAULT 'secretariat' CHECK (ownerKind IN ('secretariat', 'unit', 'state')),
    ownerName       TEXT,                                    -- the unit
    ownerStateId    INTEGER REFERENCES state(id),
    dueKind         TEXT NOT NULL DEFAULT 'none' CHECK (dueKind IN (
                        'date', 'meeting', 'uponRequest', 'asEarlyAsPossible', 'none')),
    dueDate         TEXT CHECK (dueDate IS NULL OR dueDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    dueMeetingId    INTEGER REFERENCES meeting(id),
    -- A due meeting not recorded yet: its body and the numbers it will carry.
    dueBodyId       INTEGER REFERENCES body(id),
    dueNumber       INTEGER CHECK (dueNumber IS NULL OR dueNumber > 0),
    dueSession      INTEGER CHECK (dueSession IS NULL OR dueSession > 0),
    dueYear         INTEGER CHECK (dueYear IS NULL OR dueYear BETWEEN 1900 AND 2999),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    doneMeetingId   INTEGER REFERENCES meeting(id),
    doneOn          TEXT CHECK (doneOn IS NULL OR doneOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    statusNote      TEXT,
    sourceParagraph INTEGER,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT,
    recordKey       TEXT,
    CHECK (responseId IS NULL OR interventionId IS NULL),
    CHECK ((dueKind = 'date') = (dueDate IS NOT NULL)),
    -- Due at a meeting: the meeting itself, or the reference to one not recorded yet, never both.
    CHECK ((dueKind = 'meeting') = ((dueMeetingId IS NOT NULL) + (dueBodyId IS NOT NULL) = 1)),
    CHECK (dueMeetingId IS NULL OR dueBodyId IS NULL),
    CHECK ((dueBodyId IS NULL) = (dueNumber IS NULL AND dueSession IS NULL AND dueYear IS NULL)),
    CHECK ((ownerKind = 'unit') = (ownerName IS NOT NULL)),
    CHECK ((ownerKind = 'state') = (ownerStateId IS NOT NULL)),
    CHECK (status = 'done' OR (doneMeetingId IS NULL AND doneOn IS NULL))
);
INSERT INTO commitmentNew (id, meetingId, responseId, interventionId, text, ownerKind, ownerName, ownerStateId, dueKind, dueDate,
    dueMeetingId, status, doneMeetingId, doneOn, statusNote, sourceParagraph, createdBy, createdAt, updatedBy,
    updatedAt, recordKey)
SELECT id, meetingId, responseId, interventionId, text, ownerKind, ownerName, ownerStateId, dueKind, dueDate,
    dueMeetingId, status, doneMeetingId, doneOn, statusNote, sourceParagraph, createdBy, createdAt, updatedBy,
    updatedAt, recordKey
FROM commitment;
-- The highest id ever given stays the old table's, even where its newest rows were removed.
INSERT INTO sqlite_sequence (name, seq)
SELECT 'commitmentNew', seq FROM sqlite_sequence
WHERE name = 'commitment' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'commitmentNew');
UPDATE sqlite_sequence SET seq = max(seq, ifnull((SELECT seq FROM sqlite_sequence WHERE name = 'commitment'), 0))
WHERE name = 'commitmentNew';
DROP TABLE commitment;
ALTER TABLE commitmentNew RENAME TO commitment;
CREATE INDEX commitmentByMeeting ON commitment(meetingId);
CREATE INDEX commitmentByStatus ON commitment(status);
CREATE INDEX commitmentByResponse ON commitment(responseId);
CREATE INDEX commitmentByIntervention ON commitment(interventionId);
CREATE INDEX commitmentByDueReference ON commitment(dueBodyId, dueYear, dueSession, dueNumber) WHERE dueBodyId IS NOT NULL;

-- The record keys' triggers went with the old table.
CREATE TRIGGER commitmentKeyRemoved AFTER DELETE ON commitment
WHEN OLD.recordKey GLOB 'A[0-9]*' AND EXISTS (SELECT 1 FROM meeting WHERE id = OLD.meetingId) BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (OLD.meetingId, 'A', CAST(substr(OLD.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER commitmentKeyGiven AFTER INSERT ON commitment WHEN NEW.recordKey IS NULL BEGIN
    UPDATE commitment SET recordKey = 'A' || (1 + max(
        ifnull((SELECT highest FROM recordKeyMark WHERE meetingId = NEW.meetingId AND letter = 'A'), 0),
        ifnull((SELECT max(CAST(substr(recordKey, 2) AS INTEGER)) FROM commitment
                WHERE meetingId = NEW.meetingId AND recordKey GLOB 'A[0-9]*'), 0)))
    WHERE id = NEW.id;
END;
