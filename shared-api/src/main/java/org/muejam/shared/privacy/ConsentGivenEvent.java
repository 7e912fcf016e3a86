package org.muejam.shared.privacy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person gave an optional consent (through their privacy settings). */
@Revision("1")
public record ConsentGivenEvent(@DataSubject UserId userId, ConsentPurpose purpose, Instant givenAt) {}
