package org.muejam.shared.content;

/** A label an image classifier gave an image, with its parent category and confidence in percent. */
public record ModerationLabel(String name, String parentName, double confidence) {}
