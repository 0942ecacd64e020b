-- Plenary schema 3: collation sort keys, so that lists of participants are sorted and cut
-- into pages by SQLite instead of loading every row.
--
-- SQLite cannot compute ICU collation keys, so the store writes them with each participant
-- (plenary_core::protocol::name_sort_key: the family name's key, 0x00, the given name's key)
-- and fills them on open for rows that have none, or recomputes them all when the
-- collation version recorded in meta ('collation') differs from the binary's. Derived data:
-- always recomputable from the names; NULL until filled.

ALTER TABLE participants ADD COLUMN sort_en BLOB;
ALTER TABLE participants ADD COLUMN sort_fr BLOB;

-- By name: with the id last, an index walk gives the full list order (key, then id), so a
-- page is read in order, skipping the offset in the index, without sorting the meeting.
CREATE INDEX participants_meeting_sort_en ON participants (meeting_id, sort_en, id);
CREATE INDEX participants_meeting_sort_fr ON participants (meeting_id, sort_fr, id);
-- Replaced by the two above: no query orders by the raw names any more.
DROP INDEX participants_meeting_name;

-- In protocol order: delegations in the order the store is given, and within each, the
-- head first, then rank (the CASE is the position in plenary_core's Rank, as the store's
-- RANK_ORDER_SQL writes it; a test keeps them identical, since SQLite only uses an
-- expression index for the same expression), then name. Walking a delegation's entries
-- yields its people in precedence, so a page needs no sort either.
CREATE INDEX participants_precedence_en ON participants (meeting_id, delegation_id, is_head DESC, CASE rank
    WHEN 'head_of_state' THEN 0
    WHEN 'head_of_government' THEN 1
    WHEN 'minister' THEN 2
    WHEN 'deputy_minister' THEN 3
    WHEN 'ambassador' THEN 4
    WHEN 'senior_official' THEN 5
    WHEN 'official' THEN 6
    WHEN 'other' THEN 7
    ELSE 8 END, sort_en, id);
CREATE INDEX participants_precedence_fr ON participants (meeting_id, delegation_id, is_head DESC, CASE rank
    WHEN 'head_of_state' THEN 0
    WHEN 'head_of_government' THEN 1
    WHEN 'minister' THEN 2
    WHEN 'deputy_minister' THEN 3
    WHEN 'ambassador' THEN 4
    WHEN 'senior_official' THEN 5
    WHEN 'official' THEN 6
    WHEN 'other' THEN 7
    ELSE 8 END, sort_fr, id);
