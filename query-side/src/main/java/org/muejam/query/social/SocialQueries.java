package org.muejam.query.social;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.social.FollowPage;
import org.muejam.shared.social.FollowResponse;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.LikePage;
import org.muejam.shared.social.LikeResponse;
import org.muejam.shared.social.ListFollowsQuery;
import org.muejam.shared.social.ListLikesQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers from the social read model: a person's likes, followers, followees and pending requests, newest first, in
 * keyset pages. The other person's display name comes from the users read model (absent when it has no row).
 */
@Component
public class SocialQueries {

    private final JdbcTemplate jdbc;

    public SocialQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public LikePage handle(ListLikesQuery query) {
        StringBuilder sql = new StringBuilder("SELECT target_type, target_id, liked_at FROM likes WHERE user_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.userId().value()));
        if (query.afterLikedAt() != null && query.afterTargetId() != null) {
            sql.append(" AND (liked_at, target_id) < (?, ?)");
            args.add(Timestamp.from(query.afterLikedAt()));
            args.add(query.afterTargetId());
        }
        sql.append(" ORDER BY liked_at DESC, target_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<LikeResponse> rows = jdbc.query(sql.toString(), SocialQueries::like, args.toArray());
        boolean more = rows.size() > query.limit();
        return new LikePage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    @QueryHandler
    public FollowPage handle(ListFollowsQuery query) {
        boolean following = query.relation() == ListFollowsQuery.Relation.FOLLOWING;
        // the person named is the followee of their followers and requests, the follower of those they follow
        String self = following ? "f.follower_id" : "f.followee_id";
        String other = following ? "f.followee_id" : "f.follower_id";
        FollowStatus status = query.relation() == ListFollowsQuery.Relation.REQUESTS
                ? FollowStatus.REQUESTED
                : FollowStatus.FOLLOWING;
        StringBuilder sql = new StringBuilder("SELECT " + other + ", u.display_name, f.since FROM follows f"
                + " LEFT JOIN user_account u ON u.user_id = " + other + " WHERE " + self + " = ? AND f.status = ?");
        List<Object> args = new ArrayList<>(List.of(query.userId().value(), status.name()));
        if (query.afterSince() != null && query.afterUserId() != null) {
            sql.append(" AND (f.since, " + other + ") < (?, ?)");
            args.add(Timestamp.from(query.afterSince()));
            args.add(query.afterUserId());
        }
        sql.append(" ORDER BY f.since DESC, " + other + " DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<FollowResponse> rows = jdbc.query(
                sql.toString(),
                (rs, row) -> new FollowResponse(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                args.toArray());
        boolean more = rows.size() > query.limit();
        return new FollowPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    private static LikeResponse like(ResultSet rs, int row) throws SQLException {
        return new LikeResponse(
                ContentType.fromSlug(rs.getString(1)).orElseThrow(),
                rs.getString(2),
                rs.getTimestamp(3).toInstant());
    }
}
