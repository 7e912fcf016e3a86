-- a notice whose claimant went to court keeps its content down, so it counts towards repeat infringers too
DROP INDEX IF EXISTS dmca_takedowns_taken_down;
CREATE INDEX dmca_takedowns_taken_down ON dmca_takedowns (author_id, content_id)
    WHERE status IN ('APPROVED', 'COUNTER_NOTICED', 'IN_COURT');
