package org.muejam.shared.moderation;

/** One case with everything a moderator needs to decide it, by its id or the id of one of its reports. */
public record FindModerationCaseQuery(String caseId) {}
