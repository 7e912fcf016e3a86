package org.muejam.shared.privacy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person withdrew an optional consent; the processing it allowed stops with the next request. */
@Revision("1")
public record ConsentWithdrawnEvent(@DataSubject UserId userId, ConsentPurpose purpose, Instant withdrawnAt) {}
