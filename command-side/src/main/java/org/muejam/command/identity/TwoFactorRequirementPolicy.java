package org.muejam.command.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.muejam.shared.identity.Role;

/**
 * Staff who act on other people's content and accounts (moderators, senior moderators, administrators) must use
 * two-factor authentication when the platform requires it; until they set it up, their sessions may only do that.
 */
public final class TwoFactorRequirementPolicy {

    public static final Set<Role> STAFF = EnumSet.of(Role.MODERATOR, Role.SENIOR_MODERATOR, Role.ADMINISTRATOR);

    private TwoFactorRequirementPolicy() {}

    /** Whether any of the role names is a staff role. */
    public static boolean isStaff(Collection<String> roles) {
        return roles != null && STAFF.stream().map(Role::name).anyMatch(roles::contains);
    }

    /** Whether a session for these roles may only set up two-factor authentication. */
    public static boolean limitedToSetup(Collection<String> roles, boolean twoFactorEnabled, boolean required) {
        return required && !twoFactorEnabled && isStaff(roles);
    }
}
