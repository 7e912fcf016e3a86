package org.muejam.infra.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.security.Sha256;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * A valid token of the external issuer whose identity has no local account yet: no roles, and
 * {@link ExternalAccountGate} lets it do nothing but register one. Its name is a digest of the identity, short
 * enough for every column and with no personal data in logs.
 */
public final class UnlinkedExternalIdentity extends JwtAuthenticationToken {

    private final ExternalIdentity identity;

    UnlinkedExternalIdentity(Jwt jwt, ExternalIdentity identity) {
        super(jwt, List.of(), pseudonym(identity));
        this.identity = identity;
    }

    public ExternalIdentity identity() {
        return identity;
    }

    /** The address the issuer vouches for (email with email_verified true), or null. */
    public String verifiedEmail() {
        Object email = getToken().getClaims().get("email");
        Object verified = getToken().getClaims().get("email_verified");
        boolean vouched = Boolean.TRUE.equals(verified) || "true".equals(verified);
        return vouched && email instanceof String address ? address : null;
    }

    private static String pseudonym(ExternalIdentity identity) {
        byte[] digest = Sha256.digest()
                .digest((identity.issuer() + "\n" + identity.subject()).getBytes(StandardCharsets.UTF_8));
        return "external:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
