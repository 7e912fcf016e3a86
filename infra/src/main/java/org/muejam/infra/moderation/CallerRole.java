package org.muejam.infra.moderation;

import java.util.EnumSet;
import java.util.Set;
import org.muejam.command.moderation.application.CaseDecisions;
import org.muejam.shared.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The caller's highest role, read from the authorities of their access token or API key. */
final class CallerRole {

    private CallerRole() {}

    static Role of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name.substring("ROLE_".length()))) {
                        roles.add(role);
                    }
                }
            }
        }
        return CaseDecisions.highest(roles);
    }
}
