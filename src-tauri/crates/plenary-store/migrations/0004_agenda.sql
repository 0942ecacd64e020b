-- Plenary schema 4: what publishing the agenda needs: the glossary of a meeting, the
-- released versions of its agenda, and a view of every text that belongs to a meeting.

-- EN↔FR terms of one meeting. The check compares folded forms (case and accents ignored),
-- so the terms are kept as typed, and a term is unique per meeting in its English form.
CREATE TABLE glossary_terms (
    id         TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    en         TEXT NOT NULL CHECK (length(en) BETWEEN 1 AND 200),
    fr         TEXT NOT NULL CHECK (length(fr) BETWEEN 1 AND 200),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX glossary_terms_meeting_en ON glossary_terms (meeting_id, lower(en));

-- A released agenda is a frozen snapshot (plenary_core::agenda::Agenda as JSON), so it can
-- be exported again exactly as released whatever happens to the timetable afterwards.
-- Numbers are per meeting and never reused.
CREATE TABLE agenda_versions (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    released_on TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (meeting_id, number)
) STRICT;

-- Every text of a meeting that its agenda publishes, with the meeting it belongs to:
-- the meeting's own texts, its pillars, its sessions and their agenda items, and the
-- functions of the people who have a part in a session.
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
    WHERE EXISTS (SELECT 1 FROM session_people sp WHERE sp.participant_id = p.id);
