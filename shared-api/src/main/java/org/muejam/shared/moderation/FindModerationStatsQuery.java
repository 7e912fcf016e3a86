package org.muejam.shared.moderation;

/** The moderation figures: open cases, resolutions of the last {@code days} days, medians, per moderator and reason. */
public record FindModerationStatsQuery(int days) {}
