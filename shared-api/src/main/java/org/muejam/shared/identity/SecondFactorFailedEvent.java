package org.muejam.shared.identity;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A second step of sign-in failed: {@code method} is {@code app-code} or {@code backup-code}, {@code reason} the
 * problem type the client was told, and {@code recentFailures} how many failed within the lockout window, this one
 * included. Neither the code nor its hash is kept.
 */
@Revision("1")
public record SecondFactorFailedEvent(
        UserId userId, String method, String reason, int recentFailures, Instant failedAt) {

    public static final String APP_CODE = "app-code";
    public static final String BACKUP_CODE = "backup-code";
}
