package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An agent rejected a notice: the content stays as it is. */
@Revision("1")
public record DmcaTakedownRejectedEvent(String takedownId, String agentId, String reason, Instant rejectedAt) {}
