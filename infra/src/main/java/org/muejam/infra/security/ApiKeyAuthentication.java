package org.muejam.infra.security;

import java.util.Collection;
import org.muejam.infra.web.ActingForOwner;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed with an API key: it acts for the key's owner, with the owner's roles, and is audited as the key. */
public class ApiKeyAuthentication extends AbstractAuthenticationToken implements ActingForOwner {

    private final String keyId;
    private final String ownerId;

    public ApiKeyAuthentication(String keyId, String ownerId, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.keyId = keyId;
        this.ownerId = ownerId;
        setAuthenticated(true);
    }

    public String keyId() {
        return keyId;
    }

    @Override
    public String actorId() {
        return keyId;
    }

    @Override
    public String actorType() {
        return "api-key";
    }

    /** The owner's user id, so endpoints that act for "me" act for the owner. */
    @Override
    public String getName() {
        return ownerId;
    }

    @Override
    public Object getPrincipal() {
        return ownerId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
