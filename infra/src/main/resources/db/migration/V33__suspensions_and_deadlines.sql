-- Deadlines (a suspension that ends by itself) kept by db-scheduler for Axon's DbSchedulerDeadlineManager: the
-- table is db-scheduler's own schema for PostgreSQL. A deadline survives a restart and fires on one node only.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
GRANT SELECT, INSERT, UPDATE, DELETE ON scheduled_tasks TO ${appRole};

-- A suspended account (kept by the users projection): until when (NULL with the flag: until lifted) and why.
-- Every authenticated request checks it; a suspension whose end has passed is not enforced.
ALTER TABLE user_account
    ADD COLUMN suspended_until       TIMESTAMPTZ,
    ADD COLUMN suspended_permanently BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN suspension_reason     VARCHAR(1000),
    ADD COLUMN suspended_at          TIMESTAMPTZ;
