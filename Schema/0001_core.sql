-- Rapporteur core schema: bodies, the reference world, meetings and agendas.
-- One migration a file, identified by its file name; never edited once landed.
-- Tables are singular camelCase, foreign keys <table>Id, enums as text with CHECK.

CREATE TABLE body (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,              -- HA, EB, PBA, OEWG-H, CPR, OECPR
    name                TEXT NOT NULL,                     -- full name, sentence case
    shortName           TEXT NOT NULL,                     -- "the working group", "the Board"
    parentBodyId        INTEGER REFERENCES body(id),
    establishedBy       TEXT,                              -- "resolution 2/7"
    meetingNumbering    TEXT NOT NULL
        CHECK (meetingNumbering IN ('number', 'yearSession', 'session', 'year')),
    meetingNoun         TEXT NOT NULL CHECK (meetingNoun IN ('meeting', 'session')),
    ordinalStyle        TEXT NOT NULL CHECK (ordinalStyle IN ('words', 'figures')),
    timeStyle           TEXT NOT NULL CHECK (timeStyle IN ('twentyFourHour', 'twelveHour')),
    timeZoneLabel       TEXT NOT NULL,                     -- EAT
    timeZoneName        TEXT NOT NULL,                     -- East Africa Time
    attributionStyle    TEXT NOT NULL CHECK (attributionStyle IN ('anonymous', 'capitals', 'named')),
    secretariatWord     TEXT NOT NULL CHECK (secretariatWord IN ('Secretariat', 'secretariat')),
    documentLeadDays    INTEGER NOT NULL CHECK (documentLeadDays >= 0),
    symbolPrefix        TEXT NOT NULL,                     -- HSP/EB
    createdBy           TEXT NOT NULL,
    createdAt           TEXT NOT NULL,
    updatedBy           TEXT,
    updatedAt           TEXT
);

-- Items that open and close every agenda of a body ("Adoption of the provisional agenda").
CREATE TABLE standardAgendaItem (
    id          INTEGER PRIMARY KEY,
    bodyId      INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
    placement   TEXT NOT NULL CHECK (placement IN ('opening', 'closing')),
    sequence    INTEGER NOT NULL,
    depth       INTEGER NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 1),
    title       TEXT NOT NULL,
    UNIQUE (bodyId, placement, sequence)
);

CREATE TABLE state (
    id              INTEGER PRIMARY KEY,
    iso3            TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3),
    m49             TEXT NOT NULL UNIQUE CHECK (length(m49) = 3),
    name            TEXT NOT NULL UNIQUE,                  -- UN short name
    formalName      TEXT,
    regionalGroup   TEXT CHECK (regionalGroup IN (
                        'African States', 'Asia-Pacific States', 'Eastern European States',
                        'Latin American and Caribbean States', 'Western European and other States')),
    status          TEXT NOT NULL CHECK (status IN ('member', 'observer')),
    CHECK ((status = 'member') = (regionalGroup IS NOT NULL))
);

-- Other names users type for a State; matched after folding case, accents and apostrophes.
CREATE TABLE stateAlias (
    id          INTEGER PRIMARY KEY,
    stateId     INTEGER NOT NULL REFERENCES state(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    matchKey    TEXT NOT NULL UNIQUE
);

-- Groups that speak as one: the African Group, the Group of 77 and China, the European Union.
CREATE TABLE stateGroup (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    aliases     TEXT NOT NULL DEFAULT ''                   -- '|'-separated
);

CREATE TABLE resolution (
    id          INTEGER PRIMARY KEY,
    bodyId      INTEGER NOT NULL REFERENCES body(id),
    session     INTEGER NOT NULL CHECK (session > 0),
    number      INTEGER NOT NULL CHECK (number > 0),
    title       TEXT NOT NULL,
    symbol      TEXT NOT NULL UNIQUE,
    adoptedOn   TEXT CHECK (adoptedOn IS NULL OR adoptedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    createdBy   TEXT NOT NULL,
    createdAt   TEXT NOT NULL,
    UNIQUE (bodyId, session, number)
);

-- Decisions: the Board's are numbered by year (2024/3), the Assembly's by session (1/3).
CREATE TABLE decision (
    id          INTEGER PRIMARY KEY,
    bodyId      INTEGER NOT NULL REFERENCES body(id),
    seriesKind  TEXT NOT NULL CHECK (seriesKind IN ('year', 'session')),
    series      INTEGER NOT NULL CHECK (series > 0),
    number      INTEGER NOT NULL CHECK (number > 0),
    title       TEXT,
    symbol      TEXT UNIQUE,
    adoptedOn   TEXT CHECK (adoptedOn IS NULL OR adoptedOn GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    createdBy   TEXT NOT NULL,
    createdAt   TEXT NOT NULL,
    UNIQUE (bodyId, series, number)
);

-- Documents known by their canonical symbol (HSP/EB.2024/INF/16).
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    symbol      TEXT NOT NULL UNIQUE,
    title       TEXT,
    createdBy   TEXT NOT NULL,
    createdAt   TEXT NOT NULL
);

CREATE TABLE meeting (
    id                      INTEGER PRIMARY KEY,
    bodyId                  INTEGER NOT NULL REFERENCES body(id),
    handle                  TEXT NOT NULL UNIQUE,          -- PBA-56, EB-2024-2, OEWG-H-1
    number                  INTEGER CHECK (number IS NULL OR number > 0),
    session                 INTEGER CHECK (session IS NULL OR session > 0),
    year                    INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2999),
    startDate               TEXT NOT NULL CHECK (startDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    endDate                 TEXT NOT NULL CHECK (endDate GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    startTime               TEXT CHECK (startTime IS NULL OR startTime GLOB '[0-2][0-9]:[0-5][0-9]'),
    endTime                 TEXT CHECK (endTime IS NULL OR endTime GLOB '[0-2][0-9]:[0-5][0-9]'),
    timeZoneLabel           TEXT NOT NULL,
    timeZoneName            TEXT NOT NULL,
    venue                   TEXT,
    modality                TEXT NOT NULL DEFAULT 'inPerson'
        CHECK (modality IN ('inPerson', 'hybrid', 'online')),
    chairHonorific          TEXT,
    chairName               TEXT,
    chairFunction           TEXT,
    chairDelegation         TEXT,
    status                  TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'agendaIssued', 'held', 'summaryDrafted', 'summaryFinal')),
    agendaStatus            TEXT NOT NULL DEFAULT 'provisional'
        CHECK (agendaStatus IN ('provisional', 'adopted', 'adoptedAsAmended')),
    -- The provisional agenda as it stood when adopted (JSON), frozen from then on.
    provisionalAgenda       TEXT,
    agendaAdoptedAt         TEXT,
    createdBy               TEXT NOT NULL,
    createdAt               TEXT NOT NULL,
    updatedBy               TEXT,
    updatedAt               TEXT,
    CHECK (endDate >= startDate),
    CHECK (startTime IS NULL OR endTime IS NULL OR startDate < endDate OR endTime > startTime),
    CHECK ((agendaStatus = 'provisional') = (provisionalAgenda IS NULL))
);
CREATE INDEX meetingByBody ON meeting(bodyId, startDate);

-- Agenda items form a tree: position is 1-based among siblings and kept contiguous.
CREATE TABLE agendaItem (
    id          INTEGER PRIMARY KEY,
    meetingId   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    parentId    INTEGER REFERENCES agendaItem(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position > 0),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    createdBy   TEXT NOT NULL,
    createdAt   TEXT NOT NULL,
    updatedBy   TEXT,
    updatedAt   TEXT
);
CREATE INDEX agendaItemByMeeting ON agendaItem(meetingId, parentId, position);
CREATE INDEX agendaItemByParent ON agendaItem(parentId);

CREATE TABLE agendaItemResolution (
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
    resolutionId    INTEGER NOT NULL REFERENCES resolution(id),
    PRIMARY KEY (agendaItemId, resolutionId)
) WITHOUT ROWID;
CREATE INDEX agendaItemResolutionByResolution ON agendaItemResolution(resolutionId);

CREATE TABLE agendaItemDecision (
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
    decisionId      INTEGER NOT NULL REFERENCES decision(id),
    PRIMARY KEY (agendaItemId, decisionId)
) WITHOUT ROWID;
CREATE INDEX agendaItemDecisionByDecision ON agendaItemDecision(decisionId);

CREATE TABLE agendaItemDocument (
    agendaItemId    INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
    documentId      INTEGER NOT NULL REFERENCES document(id),
    PRIMARY KEY (agendaItemId, documentId)
) WITHOUT ROWID;
CREATE INDEX agendaItemDocumentByDocument ON agendaItemDocument(documentId);
