package org.muejam.command.moderation;

import java.util.EnumSet;
import java.util.Set;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.Role;
import org.muejam.shared.moderation.ModerationAction;

/**
 * The role matrix: a MODERATOR dismisses, warns and hides; a SENIOR_MODERATOR also deletes, suspends and shadowbans;
 * an ADMINISTRATOR does everything. A plain user takes no moderation action.
 */
public final class ModerationPermissions {

    private static final Set<ModerationAction> MODERATOR =
            EnumSet.of(ModerationAction.DISMISS, ModerationAction.WARN, ModerationAction.HIDE);

    private ModerationPermissions() {}

    public static boolean allows(Role role, ModerationAction action) {
        if (role == null || action == null) {
            return false;
        }
        return switch (role) {
            case USER -> false;
            case MODERATOR -> MODERATOR.contains(action);
            case SENIOR_MODERATOR, ADMINISTRATOR -> true;
        };
    }

    /** Whether the role moderates at all (reads the queue, claims cases, decides appeals). */
    public static boolean moderates(Role role) {
        return role != null && role != Role.USER;
    }

    public static void require(Role role, ModerationAction action) {
        if (!allows(role, action)) {
            throw forbidden(
                    "action-not-permitted",
                    (role == null ? "this account" : "the role " + role) + " may not " + action);
        }
    }

    public static DomainRuleViolation forbidden(String problemType, String message) {
        return new DomainRuleViolation(DomainRuleViolation.Kind.FORBIDDEN, problemType, null, message);
    }
}
