-- Plenary schema 1: reference data, meetings, delegations, participants, sessions, texts.
--
-- Every table of user data has a UUID v7 text primary key (never an integer rowid), so that
-- two officers' copies of a meeting can be merged by primary key, and created_at/updated_at
-- in UTC (RFC 3339). Reference data (countries, M49 regions) is keyed by its standard codes.
-- STRICT tables make SQLite refuse a value of the wrong type instead of storing it.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE m49_regions (
    code    TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL
) STRICT;

CREATE TABLE countries (
    alpha2              TEXT PRIMARY KEY CHECK (length(alpha2) = 2),
    alpha3              TEXT NOT NULL UNIQUE,
    numeric             TEXT NOT NULL UNIQUE,
    name_en             TEXT NOT NULL,
    name_fr             TEXT NOT NULL,
    formal_en           TEXT,
    formal_fr           TEXT,
    un_status           TEXT NOT NULL CHECK (un_status IN ('member', 'observer', 'none')),
    region              TEXT REFERENCES m49_regions (code),
    subregion           TEXT REFERENCES m49_regions (code),
    intermediate_region TEXT REFERENCES m49_regions (code)
) STRICT;

-- One row per bilingual text, owned by the row whose id is owner_id (ids are globally
-- unique, so owner_id and field identify a text). Keeping every published text in one
-- table gives the translation worklist and XLIFF export a single place to look.
CREATE TABLE texts (
    id             TEXT PRIMARY KEY,
    owner_kind     TEXT NOT NULL,
    owner_id       TEXT NOT NULL,
    field          TEXT NOT NULL,
    en_text        TEXT NOT NULL DEFAULT '',
    en_state       TEXT NOT NULL DEFAULT 'missing'
                   CHECK (en_state IN ('missing', 'draft', 'translated', 'reviewed', 'final')),
    en_source_hash TEXT,
    en_source_text TEXT,
    fr_text        TEXT NOT NULL DEFAULT '',
    fr_state       TEXT NOT NULL DEFAULT 'missing'
                   CHECK (fr_state IN ('missing', 'draft', 'translated', 'reviewed', 'final')),
    fr_source_hash TEXT,
    fr_source_text TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (owner_id, field)
) STRICT;

CREATE TABLE dialogues (
    id         TEXT PRIMARY KEY,
    chair      TEXT REFERENCES countries (alpha2),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE dialogue_members (
    dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    country     TEXT NOT NULL REFERENCES countries (alpha2),
    PRIMARY KEY (dialogue_id, country)
) STRICT, WITHOUT ROWID;

CREATE TABLE meetings (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL CHECK (end_date >= start_date),
    city       TEXT NOT NULL,
    country    TEXT REFERENCES countries (alpha2),
    time_zone  TEXT NOT NULL,
    languages  TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE meeting_dialogues (
    meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    dialogue_id TEXT NOT NULL REFERENCES dialogues (id),
    PRIMARY KEY (meeting_id, dialogue_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE pillars (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, key)
) STRICT;

CREATE TABLE rooms (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    capacity   INTEGER CHECK (capacity IS NULL OR capacity > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (meeting_id, name)
) STRICT;

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY,
    name_en    TEXT NOT NULL,
    name_fr    TEXT NOT NULL,
    acronym_en TEXT,
    acronym_fr TEXT,
    category   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX organisations_name_en ON organisations (name_en COLLATE NOCASE);

CREATE TABLE delegations (
    id              TEXT PRIMARY KEY,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    country         TEXT REFERENCES countries (alpha2),
    organisation_id TEXT REFERENCES organisations (id),
    display_name_en TEXT,
    display_name_fr TEXT,
    status          TEXT NOT NULL,
    credentials     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((country IS NULL) <> (organisation_id IS NULL)),
    UNIQUE (meeting_id, country),
    UNIQUE (meeting_id, organisation_id)
) STRICT;
CREATE INDEX delegations_organisation ON delegations (organisation_id);

CREATE TABLE participants (
    id                TEXT PRIMARY KEY,
    meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    delegation_id     TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    honorific_prefix  TEXT,
    honorific_suffix  TEXT,
    given_name        TEXT NOT NULL,
    family_name       TEXT NOT NULL,
    family_name_first INTEGER NOT NULL DEFAULT 0 CHECK (family_name_first IN (0, 1)),
    gender            TEXT CHECK (gender IN ('female', 'male', 'other')),
    email             TEXT,
    phone             TEXT,
    language          TEXT CHECK (language IN ('en', 'fr')),
    rank              TEXT NOT NULL,
    is_head           INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
    registered        INTEGER NOT NULL DEFAULT 0 CHECK (registered IN (0, 1)),
    attended          INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    badge_printed     INTEGER NOT NULL DEFAULT 0 CHECK (badge_printed IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX participants_delegation ON participants (delegation_id);
CREATE INDEX participants_meeting_name ON participants (meeting_id, family_name, given_name);
-- A person belongs to one delegation per meeting: an address appears once per meeting.
CREATE UNIQUE INDEX participants_meeting_email ON participants (meeting_id, email) WHERE email IS NOT NULL;
-- At most one head per delegation.
CREATE UNIQUE INDEX participants_one_head ON participants (delegation_id) WHERE is_head = 1;

CREATE TABLE participant_roles (
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    PRIMARY KEY (participant_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting_co_chairs (
    meeting_id    TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, delegation_id)
) STRICT, WITHOUT ROWID;

-- Times are local to the venue (HH:MM) with the zone they were entered in, as the agenda
-- prints them; instants are derived with chrono-tz, which refuses DST gaps and folds.
CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    start_time     TEXT NOT NULL,
    end_time       TEXT NOT NULL CHECK (end_time > start_time),
    time_zone      TEXT NOT NULL,
    room_id        TEXT REFERENCES rooms (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL,
    pillar_id      TEXT REFERENCES pillars (id) ON DELETE SET NULL,
    interpretation TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_meeting_time ON sessions (meeting_id, day, start_time);
CREATE INDEX sessions_room ON sessions (room_id);
CREATE INDEX sessions_pillar ON sessions (pillar_id);

CREATE TABLE session_people (
    session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    role           TEXT NOT NULL,
    position       INTEGER NOT NULL,
    PRIMARY KEY (session_id, participant_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX session_people_participant ON session_people (participant_id);

CREATE TABLE agenda_items (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_items_session ON agenda_items (session_id, position);

-- A row's texts go with it, however it is deleted (directly or by cascade).
CREATE TRIGGER meetings_texts AFTER DELETE ON meetings BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER dialogues_texts AFTER DELETE ON dialogues BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER pillars_texts AFTER DELETE ON pillars BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER participants_texts AFTER DELETE ON participants BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER sessions_texts AFTER DELETE ON sessions BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER agenda_items_texts AFTER DELETE ON agenda_items BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
