-- A case's documents (issue 13): the decree, the BAP, the recommendation, evidence, objection
-- letters; described here, their bytes in case_document_content or in a configured folder.
CREATE SEQUENCE case_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_document (
  id BIGINT PRIMARY KEY,
  case_id BIGINT NOT NULL REFERENCES neutrality_case (id),
  agency_code VARCHAR(32) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  file_type VARCHAR(8) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  stored_in VARCHAR(8) NOT NULL,
  decree_number VARCHAR(100),
  note VARCHAR(500),
  uploaded_by VARCHAR(200) NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_case_document_case ON case_document (case_id, kind);
CREATE TABLE case_document_content (
  document_id BIGINT PRIMARY KEY REFERENCES case_document (id),
  content BYTEA NOT NULL
);
