package org.muejam.query.content;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Uploaded images from their read model. */
@Component
public class ImageQueries {

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ImageQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** Waits, bounded, for the image's own events: an author names the cover just uploaded. */
    @QueryHandler
    public Optional<ImageResponse> handle(FindImageQuery query) {
        freshness.awaitAggregate(ReadModels.IMAGES, query.imageId());
        List<ImageRendition> renditions = jdbc.query(
                """
                SELECT name, blob_key, content_type, width, height, size FROM image_rendition
                WHERE image_id = ? ORDER BY CASE name WHEN 'full' THEN 0 ELSE 1 END, name""",
                (rs, i) -> new ImageRendition(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getLong(6)),
                query.imageId());
        if (renditions.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "SELECT owner_id, nsfw, moderation FROM image WHERE image_id = ?",
                        (rs, i) -> new ImageResponse(
                                query.imageId(),
                                rs.getString(1),
                                renditions,
                                rs.getBoolean(2),
                                ImageModerationStatus.valueOf(rs.getString(3))),
                        query.imageId())
                .stream()
                .findFirst();
    }
}
