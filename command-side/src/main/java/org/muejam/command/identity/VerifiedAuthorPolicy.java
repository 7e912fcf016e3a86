package org.muejam.command.identity;

import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/**
 * Only people who confirmed their email address may create content (stories, chapters, comments, ...): it ties
 * what is published to a reachable person and slows down throw-away accounts. Every content use case checks it
 * first ({@code StoryAuthoring}, {@code Commenting}).
 */
public final class VerifiedAuthorPolicy {

    public static final String PROBLEM_TYPE = "email-verification-required";

    private VerifiedAuthorPolicy() {}

    public static void requireVerifiedEmail(UserId author, EmailVerificationStatus status) {
        if (author == null || !status.isEmailVerified(author)) {
            throw new DomainRuleViolation(
                    DomainRuleViolation.Kind.FORBIDDEN,
                    PROBLEM_TYPE,
                    null,
                    "confirm your email address before creating content; POST /api/auth/resend-verification sends"
                            + " a new link");
        }
    }
}
