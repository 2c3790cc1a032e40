-- The meeting record: who spoke, what they asked, what the Secretariat answered and
-- promised. Identifiers users see are the row ids with a letter: I7, Q5, R3, A4.

-- Anyone who speaks. One row per identity, shared by every meeting.
CREATE TABLE party (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN (
                        'state',              -- a Member State or observer State
                        'unidentifiedState',  -- one State the record does not name ("A Member State")
                        'memberStates',       -- several States, number and names unknown
                        'group',              -- the African Group, the European Union
                        'unEntity',           -- UNICEF, UNDP
                        'stakeholder',        -- Slum Dwellers International
                        'chair',
                        'secretariat')),      -- the Secretariat, or one of its units (name)
    stateId         INTEGER REFERENCES state(id),
    stateGroupId    INTEGER REFERENCES stateGroup(id),
    name            TEXT NOT NULL DEFAULT '',           -- entity, stakeholder or unit; '' otherwise
    CHECK ((kind = 'state') = (stateId IS NOT NULL)),
    CHECK ((kind = 'group') = (stateGroupId IS NOT NULL)),
    CHECK (kind NOT IN ('unEntity', 'stakeholder') OR length(name) > 0),
    UNIQUE (kind, stateId, stateGroupId, name)
);

CREATE TABLE intervention (
    id              INTEGER PRIMARY KEY,
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
    CHECK (kind = 'pledge' OR (pledgeAmount IS NULL AND pledgeCurrency IS NULL))
);
CREATE INDEX interventionByMeeting ON intervention(meetingId, sequence);
CREATE INDEX interventionByItem ON intervention(agendaItemId);

CREATE TABLE interventionSpeaker (
    interventionId  INTEGER NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
    partyId         INTEGER NOT NULL REFERENCES party(id),
    position        INTEGER NOT NULL CHECK (position > 0),
    PRIMARY KEY (interventionId, partyId)
) WITHOUT ROWID;
CREATE INDEX interventionSpeakerByParty ON interventionSpeaker(partyId);

-- One thing a question or request asks, tracked on its own.
CREATE TABLE ask (
    id              INTEGER PRIMARY KEY,
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
    CHECK ((status = 'superseded') = (supersededById IS NOT NULL))
);
CREATE INDEX askByIntervention ON ask(interventionId, position);
CREATE INDEX askByStatus ON ask(status);

CREATE TABLE response (
    id              INTEGER PRIMARY KEY,
    meetingId       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id),
    sequence        INTEGER NOT NULL CHECK (sequence > 0),
    unit            TEXT,                                    -- a unit or officer of the Secretariat
    text            TEXT NOT NULL CHECK (length(trim(text)) > 0),
    sourceParagraph INTEGER,
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    updatedBy       TEXT,
    updatedAt       TEXT
);
CREATE INDEX responseByMeeting ON response(meetingId, sequence);

-- Which asks a response answers, in full or in part. Links an importer proposes are
-- 'inferred' (with a confidence) until an officer confirms them.
CREATE TABLE answer (
    responseId      INTEGER NOT NULL REFERENCES response(id) ON DELETE CASCADE,
    askId           INTEGER NOT NULL REFERENCES ask(id) ON DELETE CASCADE,
    extent          TEXT NOT NULL CHECK (extent IN ('full', 'partial')),
    origin          TEXT NOT NULL DEFAULT 'recorded' CHECK (origin IN ('recorded', 'inferred')),
    confidence      REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
    createdBy       TEXT NOT NULL,
    createdAt       TEXT NOT NULL,
    PRIMARY KEY (responseId, askId)
) WITHOUT ROWID;
CREATE INDEX answerByAsk ON answer(askId);

-- What someone undertook to do.
CREATE TABLE commitment (
    id              INTEGER PRIMARY KEY,
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
    CHECK (responseId IS NULL OR interventionId IS NULL),
    CHECK ((dueKind = 'date') = (dueDate IS NOT NULL)),
    CHECK ((dueKind = 'meeting') = (dueMeetingId IS NOT NULL)),
    CHECK ((ownerKind = 'unit') = (ownerName IS NOT NULL)),
    CHECK ((ownerKind = 'state') = (ownerStateId IS NOT NULL)),
    CHECK (status = 'done' OR (doneMeetingId IS NULL AND doneOn IS NULL))
);
CREATE INDEX commitmentByMeeting ON commitment(meetingId);
CREATE INDEX commitmentByStatus ON commitment(status);
CREATE INDEX commitmentByResponse ON commitment(responseId);
CREATE INDEX commitmentByIntervention ON commitment(interventionId);

-- What a record concerns: a resolution (with an operative paragraph or not), a
-- decision or a document. `source` says whether the officer named it, it was found
-- in the text, or it came from the agenda item or the record answered.
CREATE TABLE recordReference (
    id              INTEGER PRIMARY KEY,
    interventionId  INTEGER REFERENCES intervention(id) ON DELETE CASCADE,
    responseId      INTEGER REFERENCES response(id) ON DELETE CASCADE,
    commitmentId    INTEGER REFERENCES commitment(id) ON DELETE CASCADE,
    resolutionId    INTEGER REFERENCES resolution(id),
    decisionId      INTEGER REFERENCES decision(id),
    documentId      INTEGER REFERENCES document(id),
    paragraph       TEXT NOT NULL DEFAULT '',                -- operative paragraph of the resolution: "3", "2 (a)"
    source          TEXT NOT NULL CHECK (source IN ('explicit', 'detected', 'inherited')),
    CHECK ((interventionId IS NOT NULL) + (responseId IS NOT NULL) + (commitmentId IS NOT NULL) = 1),
    CHECK ((resolutionId IS NOT NULL) + (decisionId IS NOT NULL) + (documentId IS NOT NULL) = 1),
    CHECK (paragraph = '' OR resolutionId IS NOT NULL)
);
CREATE UNIQUE INDEX recordReferenceUnique ON recordReference(
    ifnull(interventionId, 0), ifnull(responseId, 0), ifnull(commitmentId, 0),
    ifnull(resolutionId, 0), ifnull(decisionId, 0), ifnull(documentId, 0), paragraph);
CREATE INDEX recordReferenceByResolution ON recordReference(resolutionId);
CREATE INDEX recordReferenceByIntervention ON recordReference(interventionId);
CREATE INDEX recordReferenceByResponse ON recordReference(responseId);
CREATE INDEX recordReferenceByCommitment ON recordReference(commitmentId);
