package org.muejam.shared.moderation;

/** One case with everything a moderator needs to decide it. */
public record FindModerationCaseQuery(String caseId) {}
