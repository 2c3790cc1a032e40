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
-- next after the highest its meeting has, or ever had, of that letter. Keys still in
-- the record are read from it; recordKeyMark keeps the highest of those removed, so
-- a removed PBA-56/Q3 never names another ask in a later export, and an export no
-- longer numbers records afresh each time. Imports store keys and pay nothing here;
-- only removals and records added without a key run a trigger. Records stored before
-- had no key: they get those an export gave them, after the others in record order.
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

-- intervention: a key removed is marked; a intervention stored without a key gets the next.
CREATE TRIGGER interventionKeyRemoved AFTER DELETE ON intervention
WHEN OLD.recordKey GLOB 'I[0-9]*' AND EXISTS (SELECT 1 FROM meeting WHERE id = OLD.meetingId) BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (OLD.meetingId, 'I', CAST(substr(OLD.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER interventionKeyGiven AFTER INSERT ON intervention WHEN NEW.recordKey IS NULL BEGIN
    UPDATE intervention SET recordKey = 'I' || (1 + max(
        ifnull((SELECT highest FROM recordKeyMark WHERE meetingId = NEW.meetingId AND letter = 'I'), 0),
        ifnull((SELECT max(CAST(substr(recordKey, 2) AS INTEGER)) FROM intervention
                WHERE meetingId = NEW.meetingId AND recordKey GLOB 'I[0-9]*'), 0)))
    WHERE id = NEW.id;
END;

-- response: a key removed is marked; a response stored without a key gets the next.
CREATE TRIGGER responseKeyRemoved AFTER DELETE ON response
WHEN OLD.recordKey GLOB 'R[0-9]*' AND EXISTS (SELECT 1 FROM meeting WHERE id = OLD.meetingId) BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest) VALUES (OLD.meetingId, 'R', CAST(substr(OLD.recordKey, 2) AS INTEGER))
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER responseKeyGiven AFTER INSERT ON response WHEN NEW.recordKey IS NULL BEGIN
    UPDATE response SET recordKey = 'R' || (1 + max(
        ifnull((SELECT highest FROM recordKeyMark WHERE meetingId = NEW.meetingId AND letter = 'R'), 0),
        ifnull((SELECT max(CAST(substr(recordKey, 2) AS INTEGER)) FROM response
                WHERE meetingId = NEW.meetingId AND recordKey GLOB 'R[0-9]*'), 0)))
    WHERE id = NEW.id;
END;

-- commitment: a key removed is marked; a commitment stored without a key gets the next.
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

-- ask: its meeting is its intervention's. When an intervention goes, its asks' keys
-- are marked before the cascade takes them (the intervention is gone by then).
CREATE TRIGGER interventionAskKeysRemoved BEFORE DELETE ON intervention
WHEN EXISTS (SELECT 1 FROM meeting WHERE id = OLD.meetingId) BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    SELECT OLD.meetingId, 'Q', max(CAST(substr(recordKey, 2) AS INTEGER)) FROM ask
    WHERE interventionId = OLD.id AND recordKey GLOB 'Q[0-9]*' HAVING count(*) > 0
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER askKeyRemoved AFTER DELETE ON ask
WHEN OLD.recordKey GLOB 'Q[0-9]*' AND EXISTS (SELECT 1 FROM intervention WHERE id = OLD.interventionId) BEGIN
    INSERT INTO recordKeyMark (meetingId, letter, highest)
    SELECT meetingId, 'Q', CAST(substr(OLD.recordKey, 2) AS INTEGER) FROM intervention WHERE id = OLD.interventionId
    ON CONFLICT (meetingId, letter) DO UPDATE SET highest = max(highest, excluded.highest);
END;
CREATE TRIGGER askKeyGiven AFTER INSERT ON ask WHEN NEW.recordKey IS NULL BEGIN
    UPDATE ask SET recordKey = 'Q' || (1 + max(
        ifnull((SELECT m.highest FROM recordKeyMark m JOIN intervention i ON i.meetingId = m.meetingId
                WHERE i.id = NEW.interventionId AND m.letter = 'Q'), 0),
        ifnull((SELECT max(CAST(substr(a.recordKey, 2) AS INTEGER)) FROM ask a JOIN intervention i ON i.id = a.interventionId
                WHERE i.meetingId = (SELECT meetingId FROM intervention WHERE id = NEW.interventionId)
                  AND a.recordKey GLOB 'Q[0-9]*'), 0)))
    WHERE id = NEW.id;
END;
