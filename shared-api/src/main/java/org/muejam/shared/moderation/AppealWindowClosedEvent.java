package org.muejam.shared.moderation;

import java.time.Instant;

/** The strike's appeal window ended without an appeal: the strike stands for good. */
public record AppealWindowClosedEvent(String caseId, String strikeId, Instant closedAt) {}
