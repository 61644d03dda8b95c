-- Sanction types are corrected by central administrators (issue 13): each change raises the
-- type's revision, and a decided case names the revision its sanction was decided under.
ALTER TABLE sanction_type ADD COLUMN revision INT DEFAULT 1 NOT NULL;
ALTER TABLE neutrality_case ADD COLUMN sanction_revision INT;
