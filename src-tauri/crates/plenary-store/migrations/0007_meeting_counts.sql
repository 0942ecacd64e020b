-- Plenary schema 7: the statistics of a meeting from one walk of an index.
--
-- Every count the statistics give of participants (registered, attended, badges, heads,
-- gender, and by delegation: country, UN listing group) comes from these columns grouped
-- by delegation. With them all in one index, SQLite reads a meeting's 70,000 participants
-- from the index alone, in order, instead of reading each row of the table once per count.
CREATE INDEX participants_meeting_counts
    ON participants (meeting_id, delegation_id, gender, attended, registered, badge_printed, is_head);
