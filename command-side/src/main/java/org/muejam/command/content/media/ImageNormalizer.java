package org.muejam.command.content.media;

import java.util.List;

/**
 * Turns an upload into the renditions the platform stores: the type is checked by the bytes (never the name or the
 * client's Content-Type), the dimensions from the header before anything is decoded, and every rendition is
 * re-encoded from pixels, so no metadata of the original (EXIF, GPS, comments) survives. An upload that is no
 * image, damaged or too large is refused with a {@link org.muejam.command.shared.DomainRuleViolation} naming
 * the field "file".
 */
public interface ImageNormalizer {

    /** One re-encoded rendition ("full" or "thumbnail"). */
    record Rendition(String name, byte[] bytes, String contentType, String extension, int width, int height) {}

    /** The renditions, the full one first. */
    List<Rendition> normalize(byte[] upload);
}
