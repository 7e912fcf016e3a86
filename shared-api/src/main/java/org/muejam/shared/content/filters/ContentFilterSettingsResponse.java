package org.muejam.shared.content.filters;

import java.time.Instant;

/**
 * The filter configuration in force.
 *
 * @param builtIn true while no administrator has stored one (the built-in defaults are in force)
 * @param updatedAt when it was last changed, or null for the built-in defaults
 */
public record ContentFilterSettingsResponse(ContentFilterSettings settings, boolean builtIn, Instant updatedAt) {}
