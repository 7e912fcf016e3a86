package org.muejam.command.identity.application;

import java.time.Duration;

/** Deployment settings the identity use cases need: where the platform is reached, and how long a link lives. */
public record IdentitySettings(String publicUrl, Duration emailVerificationTtl) {

    /** A link to a page of the platform, for mails: the public address and the path, with one slash between. */
    public String link(String pathAndQuery) {
        return publicUrl.replaceAll("/+$", "") + pathAndQuery;
    }
}
