package org.muejam.shared.content;

/** One uploaded image; answered with an {@link ImageResponse}, or none when there is no such image. */
public record FindImageQuery(String imageId) {}
