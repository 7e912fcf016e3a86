-- Read model of likes and follows (projection "social", decision 0031). A row is what stands now: a like or a
-- follow is upserted, taking it back deletes its row, so a replay in event order leaves the same rows. Counts are
-- counted from these rows when read, never kept as a number a replay would add to twice.
CREATE TABLE likes (
    user_id     VARCHAR(64) NOT NULL,
    target_id   VARCHAR(64) NOT NULL,
    target_type VARCHAR(16) NOT NULL,
    liked_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, target_id)
);
-- a target's like count
CREATE INDEX likes_target ON likes (target_id);
-- a person's likes, newest first: the page cursor is (liked_at, target_id)
CREATE INDEX likes_user ON likes (user_id, liked_at DESC, target_id DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON likes TO ${appRole};

-- status REQUESTED (waiting for the followee's approval) or FOLLOWING; since = the request's or the acceptance's time
CREATE TABLE follows (
    follower_id VARCHAR(64) NOT NULL,
    followee_id VARCHAR(64) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (follower_id, followee_id)
);
-- followers and pending requests of a person, newest first: the page cursor is (since, follower_id)
CREATE INDEX follows_followee ON follows (followee_id, status, since DESC, follower_id DESC);
-- the people a person follows, newest first: the page cursor is (since, followee_id)
CREATE INDEX follows_follower ON follows (follower_id, status, since DESC, followee_id DESC);
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON follows TO ${appRole};
