package org.muejam.shared.moderation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The claimant went to court over counter-noticed content: it is not restored when the waiting period ends. */
@Revision("1")
public record DmcaCourtActionReportedEvent(String takedownId, String agentId, String note, Instant reportedAt) {}
