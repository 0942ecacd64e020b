-- Plenary schema 5: outcome documents, drafted in English and French.
--
-- A meeting has documents (outcome document, summary report, press release); a document has
-- a preamble and sections of numbered paragraphs, key figures and quotes, comments and
-- amendments from delegations, and named revisions. Paragraph numbers are never stored: they
-- follow from the positions (dense, from 0, per section; NULL section = the preamble), so a
-- move or a delete renumbers the rest. Titles, headings, paragraph texts and the texts of
-- facts are rows of `texts`, like every other published text, so that the translation
-- worklist, the glossary check and XLIFF cover them with no second mechanism.

CREATE TABLE outcome_documents (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('outcome_document', 'summary_report', 'press_release')),
    status     TEXT NOT NULL CHECK (status IN ('draft', 'under_review', 'agreed', 'adopted')),
    position   INTEGER NOT NULL CHECK (position >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_documents_meeting ON outcome_documents (meeting_id, position);

CREATE TABLE outcome_sections (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES outcome_documents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    pillar_id   TEXT REFERENCES pillars (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_sections_document ON outcome_sections (document_id, position);
CREATE INDEX outcome_sections_pillar ON outcome_sections (pillar_id);

-- Rapporteurs' notes: free text in the language they were taken in, never translated (what
-- is published is the paragraph made from a note, not the note).
CREATE TABLE outcome_notes (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    lang       TEXT NOT NULL CHECK (lang IN ('en', 'fr')),
    body       TEXT NOT NULL CHECK (length(body) <= 50000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_notes_session ON outcome_notes (session_id, created_at);

CREATE TABLE outcome_paragraphs (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES outcome_documents (id) ON DELETE CASCADE,
    section_id  TEXT REFERENCES outcome_sections (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    state       TEXT NOT NULL CHECK (state IN ('draft', 'bracketed', 'agreed')),
    -- A generated paragraph's text is written from the meeting's data at each read; it has
    -- no row in `texts`.
    generated   TEXT CHECK (generated IS NULL OR generated = 'meeting_facts'),
    note_id     TEXT REFERENCES outcome_notes (id) ON DELETE SET NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_paragraphs_document ON outcome_paragraphs (document_id, section_id, position);
CREATE INDEX outcome_paragraphs_section ON outcome_paragraphs (section_id);
CREATE INDEX outcome_paragraphs_note ON outcome_paragraphs (note_id);

CREATE TABLE outcome_paragraph_sessions (
    paragraph_id TEXT NOT NULL REFERENCES outcome_paragraphs (id) ON DELETE CASCADE,
    session_id   TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    PRIMARY KEY (paragraph_id, session_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX outcome_paragraph_sessions_session ON outcome_paragraph_sessions (session_id);

-- The speaker's name is copied when a quote is saved, so that a quote keeps its attribution
-- if the participant is later removed from the list.
CREATE TABLE outcome_facts (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES outcome_documents (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('figure', 'quote')),
    participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
    speaker_name   TEXT,
    position       INTEGER NOT NULL CHECK (position >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_facts_document ON outcome_facts (document_id, position);
CREATE INDEX outcome_facts_participant ON outcome_facts (participant_id);

CREATE TABLE outcome_placements (
    paragraph_id TEXT NOT NULL REFERENCES outcome_paragraphs (id) ON DELETE CASCADE,
    fact_id      TEXT NOT NULL REFERENCES outcome_facts (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (paragraph_id, fact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX outcome_placements_fact ON outcome_placements (fact_id);

CREATE TABLE outcome_comments (
    id            TEXT PRIMARY KEY,
    paragraph_id  TEXT NOT NULL REFERENCES outcome_paragraphs (id) ON DELETE CASCADE,
    delegation_id TEXT REFERENCES delegations (id) ON DELETE SET NULL,
    author        TEXT NOT NULL,
    body          TEXT NOT NULL,
    resolved      INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX outcome_comments_paragraph ON outcome_comments (paragraph_id, created_at);
CREATE INDEX outcome_comments_delegation ON outcome_comments (delegation_id);

-- An amendment keeps the paragraph's text as it was when proposed (original_*), so that a
-- paragraph changed since is seen as a conflict instead of being overwritten. A language
-- not amended has NULL in both of its columns. The delegation cannot be deleted while it
-- has amendments: who proposed what is part of the negotiation's record.
CREATE TABLE outcome_amendments (
    id            TEXT PRIMARY KEY,
    paragraph_id  TEXT NOT NULL REFERENCES outcome_paragraphs (id) ON DELETE CASCADE,
    delegation_id TEXT NOT NULL REFERENCES delegations (id),
    status        TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'withdrawn')),
    rationale     TEXT NOT NULL DEFAULT '',
    original_en   TEXT,
    proposed_en   TEXT,
    original_fr   TEXT,
    proposed_fr   TEXT,
    decided_at    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((original_en IS NULL) = (proposed_en IS NULL)),
    CHECK ((original_fr IS NULL) = (proposed_fr IS NULL)),
    CHECK (proposed_en IS NOT NULL OR proposed_fr IS NOT NULL),
    CHECK ((status = 'proposed') = (decided_at IS NULL))
) STRICT;
CREATE INDEX outcome_amendments_paragraph ON outcome_amendments (paragraph_id, created_at);
CREATE INDEX outcome_amendments_delegation ON outcome_amendments (delegation_id);

-- A named revision is a frozen snapshot (plenary_core::outcome::OutcomeDocument as JSON,
-- with its revision set), so that it can be compared, exported and restored whatever
-- happens to the draft. Numbers are per document and never reused. Names given by people
-- are unique per document (case ignored); automatic ones ("Adopted", "Before restoring
-- Rev.2") may repeat and are told apart by their numbers. `paragraphs` is the snapshot's
-- paragraph count, kept so that listing revisions does not parse every snapshot.
CREATE TABLE outcome_revisions (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES outcome_documents (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    automatic   INTEGER NOT NULL CHECK (automatic IN (0, 1)),
    saved_on    TEXT NOT NULL,
    paragraphs  INTEGER NOT NULL CHECK (paragraphs >= 0),
    snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (document_id, number)
) STRICT;
CREATE UNIQUE INDEX outcome_revisions_name ON outcome_revisions (document_id, lower(name)) WHERE automatic = 0;

-- A row's texts go with it, however it is deleted (directly or by cascade).
CREATE TRIGGER outcome_documents_texts AFTER DELETE ON outcome_documents BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER outcome_sections_texts AFTER DELETE ON outcome_sections BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER outcome_paragraphs_texts AFTER DELETE ON outcome_paragraphs BEGIN DELETE FROM texts WHERE owner_id = old.id; END;
CREATE TRIGGER outcome_facts_texts AFTER DELETE ON outcome_facts BEGIN DELETE FROM texts WHERE owner_id = old.id; END;

-- The texts of a meeting now include those of its outcome documents: titles, section
-- headings, paragraphs (not generated ones, which are written from the data) and facts.
DROP VIEW meeting_texts;
CREATE VIEW meeting_texts AS
    SELECT m.id AS meeting_id, t.* FROM texts t JOIN meetings m ON t.owner_kind = 'meeting' AND t.owner_id = m.id
    UNION ALL
    SELECT p.meeting_id, t.* FROM texts t JOIN pillars p ON t.owner_kind = 'pillar' AND t.owner_id = p.id
    UNION ALL
    SELECT s.meeting_id, t.* FROM texts t JOIN sessions s ON t.owner_kind = 'session' AND t.owner_id = s.id
    UNION ALL
    SELECT s.meeting_id, t.* FROM texts t JOIN agenda_items a ON t.owner_kind = 'agenda_item' AND t.owner_id = a.id
                                          JOIN sessions s ON s.id = a.session_id
    UNION ALL
    SELECT p.meeting_id, t.* FROM texts t JOIN participants p ON t.owner_kind = 'participant' AND t.owner_id = p.id
    WHERE EXISTS (SELECT 1 FROM session_people sp WHERE sp.participant_id = p.id)
    UNION ALL
    SELECT d.meeting_id, t.* FROM texts t JOIN outcome_documents d ON t.owner_kind = 'outcome_document' AND t.owner_id = d.id
    UNION ALL
    SELECT d.meeting_id, t.* FROM texts t JOIN outcome_sections s ON t.owner_kind = 'outcome_section' AND t.owner_id = s.id
                                          JOIN outcome_documents d ON d.id = s.document_id
    UNION ALL
    SELECT d.meeting_id, t.* FROM texts t JOIN outcome_paragraphs p ON t.owner_kind = 'outcome_paragraph' AND t.owner_id = p.id
                                          JOIN outcome_documents d ON d.id = p.document_id
    WHERE p.generated IS NULL
    UNION ALL
    SELECT d.meeting_id, t.* FROM texts t JOIN outcome_facts f ON t.owner_kind = 'outcome_fact' AND t.owner_id = f.id
                                          JOIN outcome_documents d ON d.id = f.document_id;
