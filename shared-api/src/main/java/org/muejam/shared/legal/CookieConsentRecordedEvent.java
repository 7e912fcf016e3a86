package org.muejam.shared.legal;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.personaldata.DataSubject;

@Revision("1")
public record CookieConsentRecordedEvent(
        @DataSubject String holder, boolean essential, boolean analytics, boolean marketing, Instant consentedAt) {}
