package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryEmailVerificationStatus;
import org.muejam.shared.identity.UserId;

/**
 * Email verification required before creating content: among any accounts, each verified or not,
 * the verified-author policy lets exactly the verified ones create content; an unverified or unknown account is
 * refused as FORBIDDEN with the stable problem type email-verification-required (403 over HTTP), whatever the
 * other accounts are.
 */
class EmailVerificationRequiredProperties {

    @Property
    void onlyAccountsWithAVerifiedEmailMayCreateContent(
            @ForAll("accounts") Map<UserId, Boolean> accounts,
            @ForAll("ids") UserId author,
            @ForAll boolean authorVerified,
            @ForAll boolean authorKnown) {
        InMemoryEmailVerificationStatus status = new InMemoryEmailVerificationStatus();
        accounts.forEach((id, verified) -> {
            if (!id.equals(author)) {
                status.account(id, verified);
            }
        });
        if (authorKnown) {
            status.account(author, authorVerified);
        }

        if (authorKnown && authorVerified) {
            assertThatCode(() -> VerifiedAuthorPolicy.requireVerifiedEmail(author, status))
                    .doesNotThrowAnyException();
        } else {
            assertRefused(author, status);
        }
    }

    @Property
    void verifyingOneAccountNeverLetsAnotherUnverifiedAccountThrough(
            @ForAll("ids") UserId verified, @ForAll("ids") UserId unverified) {
        Assume.that(!verified.equals(unverified));
        InMemoryEmailVerificationStatus status =
                new InMemoryEmailVerificationStatus().account(unverified, false).account(verified, true);

        assertThatCode(() -> VerifiedAuthorPolicy.requireVerifiedEmail(verified, status))
                .doesNotThrowAnyException();
        assertRefused(unverified, status);
    }

    @Provide
    Arbitrary<UserId> ids() {
        return Arbitraries.oneOf(
                Arbitraries.create(UserId::random),
                Arbitraries.strings()
                        .alpha()
                        .numeric()
                        .withChars("-_:#.")
                        .ofMinLength(1)
                        .ofMaxLength(40)
                        .filter(s -> !s.isBlank())
                        .map(UserId::of));
    }

    @Provide
    Arbitrary<Map<UserId, Boolean>> accounts() {
        return Arbitraries.maps(ids(), Arbitraries.of(true, false)).ofMaxSize(20);
    }

    private static void assertRefused(UserId author, EmailVerificationStatus status) {
        assertThatThrownBy(() -> VerifiedAuthorPolicy.requireVerifiedEmail(author, status))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
                    assertThat(refusal.problemType()).isEqualTo("email-verification-required");
                });
    }
}
