-- Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue), one table for every processing group: an event
-- a projection could not handle waits here with its error, and later events of its aggregate queue behind it.
-- Payloads are bytea, never large objects; times are ISO-8601 text because Axon compares them as text.
CREATE TABLE dead_letter_entry (
    dead_letter_id      VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group    VARCHAR(255)  NOT NULL,
    sequence_identifier VARCHAR(255)  NOT NULL,
    sequence_index      BIGINT        NOT NULL,
    message_type        VARCHAR(255)  NOT NULL,
    event_identifier    VARCHAR(255)  NOT NULL,
    time_stamp          VARCHAR(255)  NOT NULL,
    payload_type        VARCHAR(255)  NOT NULL,
    payload_revision    VARCHAR(255),
    payload             BYTEA         NOT NULL,
    meta_data           BYTEA,
    aggregate_type      VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number     BIGINT,
    token_type          VARCHAR(255),
    token               BYTEA,
    enqueued_at         VARCHAR(255)  NOT NULL,
    last_touched        VARCHAR(255),
    processing_started  VARCHAR(255),
    cause_type          VARCHAR(255),
    cause_message       VARCHAR(1023),
    diagnostics         BYTEA,
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);

-- Letters are parked, claimed, requeued and evicted by the running processors and the admin API.
GRANT SELECT, INSERT, UPDATE, DELETE ON dead_letter_entry TO ${appRole};
