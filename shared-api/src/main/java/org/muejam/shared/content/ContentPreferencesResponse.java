package org.muejam.shared.content;

public record ContentPreferencesResponse(NsfwPreference nsfw) {}
