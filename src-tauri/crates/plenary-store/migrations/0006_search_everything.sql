-- Plenary schema 6: one search over everything a secretariat looks for — participants,
-- delegations, organisations, sessions and the paragraphs of outcome documents — ranked so
-- that a name outranks a passing mention.
--
-- The index gets two columns: `name` (what a row is called: a person's name, a delegation's
-- country or organisation, a session's title) and `body` (everything else that finds it).
-- bm25 weighs them apart at query time. A paragraph's number is not indexed: it changes
-- whenever a paragraph before it moves, and is worked out when a hit is shown.

DROP VIEW search_source;
DROP TABLE search_index;
DELETE FROM search_keys;

CREATE VIRTUAL TABLE search_index USING fts5(
    name,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW search_source (kind, ref_id, meeting_id, name, body) AS
SELECT 'participant', p.id, p.meeting_id,
       concat_ws(' ', p.honorific_prefix, p.given_name, p.family_name, p.honorific_suffix),
       concat_ws(' ', p.email, f.en_text, f.fr_text, d.display_name_en, d.display_name_fr,
                 c.name_en, c.name_fr, c.alpha3, o.name_en, o.name_fr, o.acronym_en, o.acronym_fr)
FROM participants p
JOIN delegations d ON d.id = p.delegation_id
LEFT JOIN countries c ON c.alpha2 = d.country
LEFT JOIN organisations o ON o.id = d.organisation_id
LEFT JOIN texts f ON f.owner_id = p.id AND f.field = 'function'
UNION ALL
SELECT 'delegation', d.id, d.meeting_id,
       concat_ws(' ', d.display_name_en, d.display_name_fr, c.name_en, c.name_fr, c.alpha2, c.alpha3,
                 o.name_en, o.name_fr, o.acronym_en, o.acronym_fr),
       concat_ws(' ', c.formal_en, c.formal_fr)
FROM delegations d
LEFT JOIN countries c ON c.alpha2 = d.country
LEFT JOIN organisations o ON o.id = d.organisation_id
UNION ALL
SELECT 'organisation', o.id, NULL,
       concat_ws(' ', o.name_en, o.name_fr, o.acronym_en, o.acronym_fr), ''
FROM organisations o
UNION ALL
SELECT 'session', s.id, s.meeting_id,
       concat_ws(' ', t.en_text, t.fr_text),
       concat_ws(' ', ds.en_text, ds.fr_text, r.name,
                 (SELECT group_concat(concat_ws(' ', it.en_text, it.fr_text), ' ')
                  FROM agenda_items a JOIN texts it ON it.owner_id = a.id AND it.field = 'title'
                  WHERE a.session_id = s.id))
FROM sessions s
LEFT JOIN texts t ON t.owner_id = s.id AND t.field = 'title'
LEFT JOIN texts ds ON ds.owner_id = s.id AND ds.field = 'description'
LEFT JOIN rooms r ON r.id = s.room_id
UNION ALL
-- Generated paragraphs have no stored text (it is written from the data at each read).
SELECT 'paragraph', p.id, d.meeting_id, '', concat_ws(' ', t.en_text, t.fr_text)
FROM outcome_paragraphs p
JOIN outcome_documents d ON d.id = p.document_id
JOIN texts t ON t.owner_id = p.id AND t.field = 'text';

-- A paragraph's text disappears with it however it goes (its own delete, its document's, a
-- revision restored over it, a paragraph turned generated), often by cascade where the
-- store never sees which paragraphs went: its search entry goes in the same statement.
CREATE TRIGGER paragraph_texts_search AFTER DELETE ON texts
WHEN old.owner_kind = 'outcome_paragraph' AND old.field = 'text' BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_keys WHERE ref_id = old.owner_id);
    DELETE FROM search_keys WHERE ref_id = old.owner_id;
END;

-- Index what schema 5 databases already hold.
INSERT INTO search_keys (ref_id, kind, meeting_id) SELECT ref_id, kind, meeting_id FROM search_source;
INSERT INTO search_index (rowid, name, body)
SELECT k.rowid, s.name, s.body FROM search_source s JOIN search_keys k ON k.ref_id = s.ref_id;
