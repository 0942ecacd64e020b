-- Plenary schema 2: accent-insensitive full-text search over participants, organisations
-- and sessions, in both languages.
--
-- The index is derived data: search_source says what each searchable row contributes, and
-- the store re-indexes a row from it in the same transaction as every write that changes
-- it. search_keys maps a row's id to the FTS rowid so that one row can be replaced without
-- scanning the index; these integer rowids never leave this machine (they are rebuilt, not
-- merged).

CREATE TABLE search_keys (
    rowid      INTEGER PRIMARY KEY,
    ref_id     TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    meeting_id TEXT
) STRICT;
CREATE INDEX search_keys_meeting ON search_keys (meeting_id, kind);

CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW search_source (kind, ref_id, meeting_id, body) AS
SELECT 'participant', p.id, p.meeting_id,
       concat_ws(' ', p.honorific_prefix, p.given_name, p.family_name, p.honorific_suffix, p.email,
                 f.en_text, f.fr_text, d.display_name_en, d.display_name_fr,
                 c.name_en, c.name_fr, c.alpha3, o.name_en, o.name_fr, o.acronym_en, o.acronym_fr)
FROM participants p
JOIN delegations d ON d.id = p.delegation_id
LEFT JOIN countries c ON c.alpha2 = d.country
LEFT JOIN organisations o ON o.id = d.organisation_id
LEFT JOIN texts f ON f.owner_id = p.id AND f.field = 'function'
UNION ALL
SELECT 'organisation', o.id, NULL,
       concat_ws(' ', o.name_en, o.name_fr, o.acronym_en, o.acronym_fr)
FROM organisations o
UNION ALL
SELECT 'session', s.id, s.meeting_id,
       concat_ws(' ', t.en_text, t.fr_text, ds.en_text, ds.fr_text, r.name,
                 (SELECT group_concat(concat_ws(' ', it.en_text, it.fr_text), ' ')
                  FROM agenda_items a JOIN texts it ON it.owner_id = a.id AND it.field = 'title'
                  WHERE a.session_id = s.id))
FROM sessions s
LEFT JOIN texts t ON t.owner_id = s.id AND t.field = 'title'
LEFT JOIN texts ds ON ds.owner_id = s.id AND ds.field = 'description'
LEFT JOIN rooms r ON r.id = s.room_id;

-- Index what schema 1 databases already hold.
INSERT INTO search_keys (ref_id, kind, meeting_id) SELECT ref_id, kind, meeting_id FROM search_source;
INSERT INTO search_index (rowid, body)
SELECT k.rowid, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id;
