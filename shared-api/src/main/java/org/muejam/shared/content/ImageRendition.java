package org.muejam.shared.content;

/** One stored rendition of an uploaded image ("full" or "thumbnail"): re-encoded, without the original's metadata. */
public record ImageRendition(String name, String key, String contentType, int width, int height, long size) {}
