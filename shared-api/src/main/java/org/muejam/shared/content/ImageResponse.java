package org.muejam.shared.content;

import java.util.List;

public record ImageResponse(
        String imageId,
        String ownerId,
        List<ImageRendition> renditions,
        boolean nsfw,
        ImageModerationStatus moderation) {

    /** The rendition of that name, or the full image when there is none. */
    public ImageRendition rendition(String name) {
        return renditions.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(renditions.get(0));
    }
}
