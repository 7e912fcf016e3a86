-- One data key per data subject, wrapped by the master key. Deleting a row erases the subject's personal data
-- from every event while the events themselves stay byte for byte.
CREATE TABLE subject_key (
    subject_id  VARCHAR(255) PRIMARY KEY,
    wrapped_key BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, DELETE ON subject_key TO ${appRole};
