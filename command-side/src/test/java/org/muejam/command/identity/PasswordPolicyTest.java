package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples of the password shapes the policy refuses and accepts. */
class PasswordPolicyTest {

    private static final String EMAIL = "reader.one@example.org";
    private static final String NAME = "Reader One";

    @Test
    void aCommonPasswordDecoratedWithCapitalsDigitsAndPunctuationIsRefused() {
        assertThat(PasswordPolicy.refusal("Password123!", EMAIL, NAME))
                .isEqualTo("password is among the most common passwords");
    }

    @Test
    void aPasswordMadeOfTwoRepeatedCharactersIsRefused() {
        assertThat(PasswordPolicy.refusal("abababababab", EMAIL, NAME))
                .isEqualTo("password repeats the same characters");
    }

    @Test
    void keyboardAndAlphabetRunsAreRefusedInEitherDirection() {
        assertThat(PasswordPolicy.refusal("qwertyuiopasd", EMAIL, NAME))
                .isEqualTo("password is a keyboard or alphabet run");
        assertThat(PasswordPolicy.refusal("zyxwvutsrqpo", EMAIL, NAME))
                .isEqualTo("password is a keyboard or alphabet run");
        assertThat(PasswordPolicy.refusal("3456789012", EMAIL, NAME))
                .isEqualTo("password is a keyboard or alphabet run");
    }

    @Test
    void aPasswordContainingTheDisplayNameWithoutSpacesIsRefused() {
        assertThat(PasswordPolicy.refusal("my-READERONE-pass#7", "someone@example.org", NAME))
                .isEqualTo("password must not contain your display name");
    }

    @Test
    void aLongUnrelatedPassphraseIsAccepted() {
        assertThat(PasswordPolicy.refusal("copper kettle 47 under violet rain", EMAIL, NAME))
                .isNull();
    }
}
