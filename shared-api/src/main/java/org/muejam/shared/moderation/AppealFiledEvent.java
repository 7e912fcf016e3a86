package org.muejam.shared.moderation;

import java.time.Instant;

/** The author appealed the strike. */
public record AppealFiledEvent(
        String caseId, String appealId, String strikeId, String authorId, String text, Instant filedAt) {}
