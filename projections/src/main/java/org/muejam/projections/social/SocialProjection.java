package org.muejam.projections.social;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.readmodels.ReadModels;
import org.muejam.shared.social.ContentLikedEvent;
import org.muejam.shared.social.ContentUnlikedEvent;
import org.muejam.shared.social.FollowRequestDeclinedEvent;
import org.muejam.shared.social.FollowRequestWithdrawnEvent;
import org.muejam.shared.social.FollowRequestedEvent;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.FollowedEvent;
import org.muejam.shared.social.UnfollowedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Likes and follows as they stand: a like or a follow is an upsert, its end a delete of the row. A replay applies the
 * same writes in the same order per stream, so it leaves the same rows; like counts are counted from the rows when
 * read, so no replay can count a like twice.
 */
@Component
@ProcessingGroup(SocialProjection.NAME)
public class SocialProjection {

    public static final String NAME = ReadModels.SOCIAL;

    private final JdbcTemplate jdbc;

    public SocialProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContentLikedEvent event) {
        jdbc.update(
                """
                INSERT INTO likes (user_id, target_id, target_type, liked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (user_id, target_id) DO UPDATE SET target_type = excluded.target_type,
                    liked_at = excluded.liked_at""",
                event.userId().value(),
                event.targetId(),
                event.targetType().slug(),
                Timestamp.from(event.likedAt()));
    }

    @EventHandler
    void on(ContentUnlikedEvent event) {
        jdbc.update(
                "DELETE FROM likes WHERE user_id = ? AND target_id = ?",
                event.userId().value(),
                event.targetId());
    }

    @EventHandler
    void on(FollowRequestedEvent event) {
        upsertFollow(event.follower().value(), event.followee().value(), FollowStatus.REQUESTED, event.requestedAt());
    }

    @EventHandler
    void on(FollowedEvent event) {
        upsertFollow(event.follower().value(), event.followee().value(), FollowStatus.FOLLOWING, event.since());
    }

    @EventHandler
    void on(UnfollowedEvent event) {
        deleteFollow(event.follower().value(), event.followee().value());
    }

    @EventHandler
    void on(FollowRequestWithdrawnEvent event) {
        deleteFollow(event.follower().value(), event.followee().value());
    }

    @EventHandler
    void on(FollowRequestDeclinedEvent event) {
        deleteFollow(event.follower().value(), event.followee().value());
    }

    private void upsertFollow(String follower, String followee, FollowStatus status, Instant since) {
        jdbc.update("""
                INSERT INTO follows (follower_id, followee_id, status, since) VALUES (?, ?, ?, ?)
                ON CONFLICT (follower_id, followee_id) DO UPDATE SET status = excluded.status, since = excluded.since""", follower, followee, status.name(), Timestamp.from(since));
    }

    private void deleteFollow(String follower, String followee) {
        jdbc.update("DELETE FROM follows WHERE follower_id = ? AND followee_id = ?", follower, followee);
    }
}
