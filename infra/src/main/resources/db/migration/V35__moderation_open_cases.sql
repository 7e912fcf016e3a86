-- Which moderation case is open about an item (decision 0034): duplicate reports on one item join one case. Command
-- side state, not a read model: a report takes the row atomically (INSERT ... ON CONFLICT), the action that resolves
-- the case deletes it in the same transaction as the case's events. No projection rebuild touches it.
CREATE TABLE moderation_open_case (
    subject_type VARCHAR(16) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    case_id      VARCHAR(64) NOT NULL,
    PRIMARY KEY (subject_type, subject_id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON moderation_open_case TO ${appRole};
