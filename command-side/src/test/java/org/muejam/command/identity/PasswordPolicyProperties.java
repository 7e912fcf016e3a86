package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * Password Policy: any password shorter than ten characters, or containing the local part of the person's own
 * email address (four characters or more, in any letter case), is refused; long random passwords drawn from a large
 * mixed alphabet are accepted.
 */
class PasswordPolicyProperties {

    private static final String MIXED_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ äöüßéèñçøåæœÄÖÜÉÑΩλπЖжЯя€£¥";
    private static final String EMAIL = "reader.one@example.org";
    private static final String DISPLAY_NAME = "Reader One";

    @Property
    void anyPasswordShorterThanTenCharactersIsRefused(
            @ForAll @StringLength(max = 9) String password, @ForAll("emails") String email) {
        assertThat(PasswordPolicy.refusal(password, email, DISPLAY_NAME))
                .isEqualTo("password must have at least 10 characters");
        assertWeakPasswordRefused(password, email);
    }

    @Property
    void anyPasswordLongerThanOneHundredTwentyEightCharactersIsRefused(
            @ForAll @StringLength(min = 129, max = 400) String password) {
        assertThat(PasswordPolicy.refusal(password, EMAIL, DISPLAY_NAME))
                .isEqualTo("password must have at most 128 characters");
        assertWeakPasswordRefused(password, EMAIL);
    }

    /**
     * The password is framed by "Q7#" and "!kZ9" so that no earlier rule (common word, repeated characters,
     * keyboard run) can be the reason for the refusal: only the email rule can.
     */
    @Property
    void anyPasswordContainingTheEmailLocalPartIsRefusedWhateverTheLetterCase(
            @ForAll("localParts") String localPart,
            @ForAll("domains") String domain,
            @ForAll @StringLength(max = 16) String before,
            @ForAll @StringLength(max = 16) String after,
            @ForAll boolean emailInUpperCase,
            @ForAll boolean localPartInUpperCase) {
        String email = (emailInUpperCase ? localPart.toUpperCase(Locale.ROOT) : localPart) + "@" + domain;
        String embedded = localPartInUpperCase ? localPart.toUpperCase(Locale.ROOT) : localPart;
        String password = "Q7#" + before + embedded + after + "!kZ9";

        assertThat(PasswordPolicy.refusal(password, email, null))
                .isEqualTo("password must not contain your email address");
        assertWeakPasswordRefused(password, email);
    }

    @Property
    void longRandomMixedPasswordsAreAccepted(@ForAll("longMixedPasswords") String password) {
        assertThat(PasswordPolicy.refusal(password, EMAIL, DISPLAY_NAME)).isNull();
        assertThatCode(() -> PasswordPolicy.requireAcceptable(password, EMAIL, DISPLAY_NAME))
                .doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> emails() {
        return Arbitraries.oneOf(
                Arbitraries.just(EMAIL),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(local -> local + "@example.org"));
    }

    @Provide
    Arbitrary<String> localParts() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .withChars("._+-")
                .ofMinLength(4)
                .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.of("example.org", "mail.example.com", "muejam.org");
    }

    @Provide
    Arbitrary<String> longMixedPasswords() {
        return Arbitraries.strings()
                .withChars(MIXED_ALPHABET.toCharArray())
                .ofMinLength(16)
                .ofMaxLength(64)
                .filter(password -> password.chars().distinct().count() >= 6);
    }

    private static void assertWeakPasswordRefused(String password, String email) {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password, email, DISPLAY_NAME))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                    assertThat(refusal.problemType()).isEqualTo("weak-password");
                    assertThat(refusal.field()).isEqualTo("password");
                });
    }
}
