-- The repressive track as the law has it (issue 13, first part).
--
-- Sanction types say who can receive them (non-ASN staff take contract measures only) and
-- whether they end the employment (appealed by banding, not keberatan). A violation type may
-- carry other rules for acts done for a calon (on or after the KPU's candidate determination
-- day) than for a bakal calon; elections record that day, and a case names its election and the
-- stage its act fell in. A decree records in which capacity the PPK signed (definitive, Plt, Pj)
-- and under which mandate, and when the employee received it: the objection window counts from
-- that day, in the agency's working days. An objection remembers where the case stood, so an
-- upheld decree returns the case there.
ALTER TABLE sanction_type ADD COLUMN for_non_asn BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE sanction_type ADD COLUMN dismissal BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE violation_type ADD COLUMN track_after VARCHAR(24);
ALTER TABLE violation_type ADD COLUMN tier_after VARCHAR(1);
ALTER TABLE violation_type ADD COLUMN allowed_after VARCHAR(500);

ALTER TABLE election_period ADD COLUMN candidate_day DATE;

ALTER TABLE neutrality_case ADD COLUMN election_id BIGINT;
ALTER TABLE neutrality_case ADD COLUMN candidate_stage VARCHAR(12);
ALTER TABLE neutrality_case ADD COLUMN bawaslu_window_passed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE neutrality_case ADD COLUMN decree_capacity VARCHAR(12);
ALTER TABLE neutrality_case ADD COLUMN decree_mandate VARCHAR(200);
ALTER TABLE neutrality_case ADD COLUMN decree_received_on DATE;
ALTER TABLE neutrality_case ADD COLUMN objection_kind VARCHAR(12);
ALTER TABLE neutrality_case ADD COLUMN objection_filed_on DATE;
ALTER TABLE neutrality_case ADD COLUMN objected_from VARCHAR(16);
CREATE INDEX ix_neutrality_case_election ON neutrality_case (election_id);

ALTER TABLE case_settings ADD COLUMN objection_working_days INTEGER DEFAULT 14 NOT NULL;

-- Which edition of the standard catalogue the database holds; a database seeded by edition 1
-- (before this table) is brought up to the current one at start, once.
CREATE TABLE catalogue_edition (
  edition INTEGER PRIMARY KEY,
  applied_at TIMESTAMP NOT NULL
);
