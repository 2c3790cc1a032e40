-- Identifiers are given once. Those users type (I7, Q5, R3, A4) are row ids, and
-- without AUTOINCREMENT SQLite gives the highest id there is plus one: removing the
-- newest record handed its identifier to the next. The four tables are rebuilt with
-- AUTOINCREMENT, which keeps the highest id ever given (sqlite_sequence). Migrations
-- run with foreign keys off, so the tables that refer to these are left as they are
-- and refer to the new tables once these take the old names.

CREATE TABLE interventionNew (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id),
    sequence        INTEGER NOT NULL CHECK (sequence > 0),  -- order within the meeting, shared with responses
    kind            TEXT NOT NULL CHECK (kind IN (
                        'question', 'request', 'comment', 'appreciation', 'announcement', 'pledge', 'statement')),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),   -- reported speech, without its subject
    named           INTEGER NOT NULL DEFAULT 0 CHECK (named IN (0, 1)),  -- named even in anonymous summaries
    pledgeAmount    TEXT CHECK (pledgeAmount IS NULL OR pledgeAmount GLOB '[0-9]*'),  -- decimal text, never a float
    pledgeCurrency  TEXT CHECK (pledgeCurrency IS NULL OR (length(pledgeCurrency) = 3 AND pledgeCurrency = upper(pledgeCurrency))),
    sourceParagraph INTEGER,                                 -- paragraph number in an imported summary
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT,
    recordKey       TEXT,
    CHECK (kind = 'pledge' OR (pledgeAmount IS NULL AND pledgeCurrency IS NULL))
);
INSERT INTO interventionNew (id, meetingId, agendaItemId, sequence, kind, text, named, pledgeAmount, pledgeCurrency, sourceParagraph,
    createdBy, createdAt, updatedBy, updatedAt, recordKey)
SELECT id, meetingId, agendaItemId, sequence, kind, text, named, pledgeAmount, pledgeCurrency, sourceParagraph,
    createdBy, createdAt, updatedBy, updatedAt, recordKey
FROM intervention;
DROP TABLE intervention;
ALTER TABLE interventionNew RENAME TO intervention;
CREATE INDEX interventionByMeeting ON intervention(meetingId, sequence);
CREATE INDEX interventionByItem ON intervention(agendaItemId);

CREATE TABLE askNew (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    interventionId  INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position > 0),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN (
                        'open', 'partiallyAnswered', 'answered', 'withdrawn', 'superseded')),
    supersededById  INTEGER REFERENCES ask(id),
    statusNote      TEXT,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT,
    recordKey       TEXT,
    CHECK ((status = 'superseded') = (supersededById IS NOT NULL))
);
INSERT INTO askNew (id, interventionId, position, text, status, supersededById, statusNote, createdBy, createdAt, updatedBy,
    updatedAt, recordKey)
SELECT id, interventionId, position, text, status, supersededById, statusNote, createdBy, createdAt, updatedBy,
    updatedAt, recordKey
FROM ask;
DROP TABLE ask;
ALTER TABLE askNew RENAME TO ask;
CREATE INDEX askByIntervention ON ask(interventionId, position);
CREATE INDEX askByStatus ON ask(status);

CREATE TABLE responseNew (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id),
    sequence        INTEGER NOT NULL CHECK (sequence > 0),
    unit            TEXT,                                    -- a unit or officer of the Secretariat
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    sourceParagraph INTEGER,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT,
    recordKey       TEXT
);
INSERT INTO responseNew (id, meetingId, agendaItemId, sequence, unit, text, sourceParagraph, createdBy, createdAt, updatedBy,
    updatedAt, recordKey)
SELECT id, meetingId, agendaItemId, sequence, unit, text, sourceParagraph, createdBy, createdAt, updatedBy,
    updatedAt, recordKey
FROM response;
DROP TABLE response;
ALTER TABLE responseNew RENAME TO response;
CREATE INDEX responseByMeeting ON response(meetingId, sequence);

CREATE TABLE commitmentNew (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,   -- where it was made
    responseId      INTEGER REFERENCES response(id),
    interventionId  INTEGER REFERENCES intervention(id),
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    ownerKind       TEXT NOT NULL DEFAULT 'secretariat' CHECK (ownerKind IN ('secretariat', 'unit', 'state')),
    ownerName       TEXT,                                    -- the unit
    ownerStateId    INTEGER REFERENCES state(id),
    dueKind         TEXT NOT NULL DEFAULT 'none' CHECK (dueKind IN ('date', 'meeting', 'uponRequest', 'none')),
    dueDate         TEXT CHECK (dueDate IS NULL OR dueDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    dueMeetingId    INTEGER REFERENCES meeting(id),
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
    CHECK ((dueKind = 'meeting') = (dueMeetingId IS NOT NULL)),
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
DROP TABLE commitment;
ALTER TABLE commitmentNew RENAME TO commitment;
CREATE INDEX commitmentByMeeting ON commitment(meetingId);
CREATE INDEX commitmentByStatus ON commitment(status);
CREATE INDEX commitmentByResponse ON commitment(responseId);
CREATE INDEX commitmentByIntervention ON commitment(interventionId);

-- The keys of a record file (I1, Q1, R1, A1, within a meeting) are given once too.
-- Every record now gets its key when it is stored: the one its file gave it, or the
-- next after the highest its meeting ever had of that letter, kept here. So a removed
-- PBA-56/Q3 never names another ask in a later export, and an export no longer
-- numbers records afresh each time. Records stored before had no key: they get those
-- an export gave them, numbered after the keyed ones in the record's order.
CREATE TABLE recordKeyMark (
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    letter          TEXT NOT NULL CHECK (letter IN ('I', 'Q', 'R', 'A')),
    highest         INTEGER NOT NULL CHECK (highest >= 0),
    PRIMARY KEY (meetingId, letter)
) WITHOUT ROWID;

UPDATE intervention SET recordKey = 'I' || (base.highest + numbered.n)
FROM (SELECT id, meetingId, row_number() OVER (PARTITION BY meetingId ORDER BY sequence) AS n
      FROM intervention WHERE recordKey IS NULL) AS numbered
JOIN (SELECT meetingId, max(CASE WHEN recordKey GLOB 'I[0-9]*' THEN CAST(substr(recordKey, 2) AS INTEGER) ELSE 0 END) AS highest
      FROM intervention GROUP BY meetingId) AS base ON base.meetingId = numbered.meetingId
WHERE intervention.id = numbered.id;

UPDATE response SET recordKey = 'R' || (base.highest + numbered.n)
FROM (SELECT id, meetingId, row_number() OVER (PARTITION BY meetingId ORDER BY sequence) AS n
      FROM response WHERE recordKey IS NULL) AS numbered
JOIN (SELECT meetingId, max(CASE WHEN recordKey GLOB 'R[0-9]*' THEN CAST(substr(recordKey, 2) AS INTEGER) ELSE 0 END) AS highest
      FROM response GROUP BY meetingId) AS base ON base.meetingId = numbered.meetingId
WHERE response.id = numbered.id;

UPDATE commitment SET recordKey = 'A' || (base.highest + numbered.n)
FROM (SELECT id, meetingId, row_number() OVER (PARTITION BY meetingId ORDER BY id) AS n
      FROM commitment WHERE recordKey IS NULL) AS numbered
JOIN (SELECT meetingId, max(CASE WHEN recordKey GLOB 'A[0-9]*' THEN CAST(substr(recordKey, 2) AS INTEGER) ELSE 0 END) AS highest
      FROM commitment GROUP BY meetingId) AS base ON base.meetingId = numbered.meetingId
WHERE commitment.id = numbered.id;

UPDATE ask SET recordKey = 'Q' || (base.highest + numbered.n)
FROM (SELECT a.id, i.meetingId, row_number() OVER (PARTITION BY i.meetingId ORDER BY i.sequence, a.position) AS n
      FROM ask a JOIN intervention i ON i.id = a.interventionId WHERE a.recordKey IS NULL) AS numbered
JOIN (SELECT i.meetingId, max(CASE WHEN a.recordKey GLOB 'Q[0-9]*' THEN CAST(substr(a.recordKey, 2) AS INTEGER) ELSE 0 END) AS highest
      FROM ask a JOIN intervention i ON i.id = a.interventionId GROUP BY i.meetingId) AS base
  ON base.meetingId = numbered.meetingId
WHERE ask.id = numbered.id;

INSERT INTO recordKeyMark (meetingId, letter, highest)
SELECT meetingId, 'I', max(CAST(substr(recordKey, 2) AS INTEGER)) FROM intervention
WHERE recordKey GLOB 'I[0-9]*' GROUP BY meetingId;
INSERT INTO recordKeyMark (meetingId, letter, highest)
SELECT meetingId, 'R', max(CAST(substr(recordKey, 2) AS INTEGER)) FROM response
WHERE recordKey GLOB 'R[0-9]*' GROUP BY meetingId;
INSERT INTO recordKeyMark (meetingId, letter, highest)
SELECT meetingId, 'A', max(CAST(substr(recordKey, 2) AS INTEGER)) FROM commitment
WHERE recordKey GLOB 'A[0-9]*' GROUP BY meetingId;
INSERT INTO recordKeyMark (meetingId, letter, highest)
SELECT i.meetingId, 'Q', max(CAST(substr(a.recordKey, 2) AS INTEGER)) FROM ask a JOIN intervention i ON i.id = a.interventionId
WHERE a.recordKey GLOB 'Q[0-9]*' GROUP BY i.meetingId;

-- A intervention stored with a key raises its meeting's mark; one stored without gets the next key.
CREATE TRIGGER interventionKeyKept AFTER INSERT ON intervention WHEN NEW.recordKey GLOB 'I[0-9]*' BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    VALUES (NEW.meetingId, 'I', CAST(substr(NEW.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER interventionKeyGiven AFTER INSERT ON intervention WHEN NEW.recordKey IS NULL BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (NEW.meetingId, 'I', 1)
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = highest + 1;
    UPDATE intervention SET recordKey = 'I' || (SELECT highest FROM recordKeyMark
        WHERE meetingId = NEW.meetingId AND letter = 'I')
    WHERE id = NEW.id;
END;
-- A response stored with a key raises its meeting's mark; one stored without gets the next key.
CREATE TRIGGER responseKeyKept AFTER INSERT ON response WHEN NEW.recordKey GLOB 'R[0-9]*' BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    VALUES (NEW.meetingId, 'R', CAST(substr(NEW.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER responseKeyGiven AFTER INSERT ON response WHEN NEW.recordKey IS NULL BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (NEW.meetingId, 'R', 1)
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = highest + 1;
    UPDATE response SET recordKey = 'R' || (SELECT highest FROM recordKeyMark
        WHERE meetingId = NEW.meetingId AND letter = 'R')
    WHERE id = NEW.id;
END;
-- A commitment stored with a key raises its meeting's mark; one stored without gets the next key.
CREATE TRIGGER commitmentKeyKept AFTER INSERT ON commitment WHEN NEW.recordKey GLOB 'A[0-9]*' BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    VALUES (NEW.meetingId, 'A', CAST(substr(NEW.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER commitmentKeyGiven AFTER INSERT ON commitment WHEN NEW.recordKey IS NULL BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (NEW.meetingId, 'A', 1)
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = highest + 1;
    UPDATE commitment SET recordKey = 'A' || (SELECT highest FROM recordKeyMark
        WHERE meetingId = NEW.meetingId AND letter = 'A')
    WHERE id = NEW.id;
END;
-- A ask stored with a key raises its meeting's mark; one stored without gets the next key.
CREATE TRIGGER askKeyKept AFTER INSERT ON ask WHEN NEW.recordKey GLOB 'Q[0-9]*' BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    VALUES ((SELECT meetingId FROM intervention WHERE id = NEW.interventionId), 'Q', CAST(substr(NEW.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER askKeyGiven AFTER INSERT ON ask WHEN NEW.recordKey IS NULL BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES ((SELECT meetingId FROM intervention WHERE id = NEW.interventionId), 'Q', 1)
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = highest + 1;
    UPDATE ask SET recordKey = 'Q' || (SELECT highest FROM recordKeyMark
        WHERE meetingId = (SELECT meetingId FROM intervention WHERE id = NEW.interventionId) AND letter = 'Q')
    WHERE id = NEW.id;
END;