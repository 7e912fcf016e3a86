package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The strike's appeal window ended without an appeal: the strike stands for good. */
@Revision("1")
public record AppealWindowClosedEvent(String caseId, String strikeId, Instant closedAt) {}
