package org.muejam.projections.content;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.content.ImageDeletedEvent;
import org.muejam.shared.content.ImageMarkedNsfwEvent;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ImageUploadedEvent;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Uploaded images and their stored renditions; upserts, so a replay rewrites the rows in place. */
@Component
@ProcessingGroup(ImageProjection.NAME)
public class ImageProjection {

    public static final String NAME = ReadModels.IMAGES;

    private final JdbcTemplate jdbc;

    public ImageProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ImageUploadedEvent event) {
        jdbc.update(
                """
                INSERT INTO image (image_id, owner_id, nsfw, moderation, uploaded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (image_id) DO UPDATE SET owner_id = excluded.owner_id,
                    nsfw = COALESCE(image.nsfw_override, excluded.nsfw),
                    moderation = excluded.moderation, uploaded_at = excluded.uploaded_at""",
                event.imageId(),
                event.ownerId().value(),
                event.nsfw(),
                event.moderation().name(),
                Timestamp.from(event.uploadedAt()));
        for (ImageRendition rendition : event.renditions()) {
            jdbc.update(
                    """
                    INSERT INTO image_rendition (image_id, name, blob_key, content_type, width, height, size)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (image_id, name) DO UPDATE SET blob_key = excluded.blob_key,
                        content_type = excluded.content_type, width = excluded.width, height = excluded.height,
                        size = excluded.size""",
                    event.imageId(),
                    rendition.name(),
                    rendition.key(),
                    rendition.contentType(),
                    rendition.width(),
                    rendition.height(),
                    rendition.size());
        }
    }

    @EventHandler
    void on(NsfwOverriddenEvent event) {
        if ("image".equals(event.contentType())) {
            jdbc.update(
                    "UPDATE image SET nsfw = ?, nsfw_override = ? WHERE image_id = ?",
                    event.nsfw(),
                    event.nsfw(),
                    event.contentId());
        }
    }

    /** A deleted image is no longer found (its bytes are gone too); a replay deletes it again after its upload. */
    @EventHandler
    void on(ImageDeletedEvent event) {
        jdbc.update("DELETE FROM image_rendition WHERE image_id = ?", event.imageId());
        jdbc.update("DELETE FROM image WHERE image_id = ?", event.imageId());
    }

    @EventHandler
    void on(ImageMarkedNsfwEvent event) {
        jdbc.update("UPDATE image SET nsfw = TRUE WHERE image_id = ?", event.imageId());
    }
}
