package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sessions are limited to setting up two-factor authentication. */
class TwoFactorRequirementPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"MODERATOR", "SENIOR_MODERATOR", "ADMINISTRATOR"})
    void staffWithoutTwoFactorMayOnlySetItUpWhileItIsRequired(String role) {
        List<String> roles = List.of("USER", role);
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(roles, false, true))
                .isTrue();
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(roles, true, true)).isFalse();
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(roles, false, false))
                .isFalse();
    }

    @Test
    void ordinaryReadersAreNeverLimited() {
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(List.of("USER"), false, true))
                .isFalse();
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(List.of(), false, true))
                .isFalse();
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(null, false, true)).isFalse();
        assertThat(TwoFactorRequirementPolicy.limitedToSetup(List.of("moderator", "UNKNOWN"), false, true))
                .isFalse();
    }
}
