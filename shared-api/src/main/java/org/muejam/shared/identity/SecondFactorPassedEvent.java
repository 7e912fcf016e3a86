package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A sign-in passed its second step with the app's code of time step {@code timeStep}, which is now spent. */
@Revision("1")
public record SecondFactorPassedEvent(UserId userId, long timeStep, Instant passedAt) {}
