-- The decision on an objection may change the sanction (issue 13): the case keeps the decree and
-- sanction it replaced, which are cancelled in every record while the new ones are written.
ALTER TABLE neutrality_case ADD COLUMN replaced_decree VARCHAR(100);
ALTER TABLE neutrality_case ADD COLUMN replaced_sanction VARCHAR(32);
