package org.muejam.command.shared;

/** The reason a moderator gives for an action: required, and bounded like the column that keeps it. */
public final class ModerationReason {

    public static final int MAX = 1000;

    private ModerationReason() {}

    /** The reason, stripped; refused when missing, blank or longer than {@value #MAX} characters. */
    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainRuleViolation.invalid("reason-required", "reason", "a moderation action needs a reason");
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX) {
            throw DomainRuleViolation.invalid(
                    "reason-too-long", "reason", "a reason has at most " + MAX + " characters");
        }
        return stripped;
    }
}
