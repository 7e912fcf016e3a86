package org.muejam.infra.security;

import java.util.Collection;
import org.muejam.shared.identity.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A token of the external issuer whose identity is linked to a local account: it signs in as that account. */
public final class ExternalAccountAuthentication extends JwtAuthenticationToken {

    public ExternalAccountAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> roles, UserId account) {
        super(jwt, roles, account.value());
    }
}
