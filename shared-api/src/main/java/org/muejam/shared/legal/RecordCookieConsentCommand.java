package org.muejam.shared.legal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cookie preferences of a user ("user:&lt;id&gt;") or an anonymous browser session ("session:&lt;id&gt;").
 * Essential cookies are always on and therefore not a choice.
 */
public record RecordCookieConsentCommand(
        @TargetAggregateIdentifier String holder, boolean analytics, boolean marketing) {}
