package org.muejam.infra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;

class CaptchaPolicyTest {

    @Test
    void aPassedVerdictLetsTheRequestThrough() {
        assertThatCode(() -> CaptchaPolicy.requirePassed(CaptchaVerdict.pass(0.9)))
                .doesNotThrowAnyException();
    }

    @Test
    void aRefusedVerdictIsABadRequestNamingTheCaptchaTokenWithTheReason() {
        assertThatThrownBy(() -> CaptchaPolicy.requirePassed(CaptchaVerdict.refuse(0.1, "score 0.1 is too low")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                    assertThat(refusal.problemType()).isEqualTo("captcha-failed");
                    assertThat(refusal.field()).isEqualTo("captchaToken");
                    assertThat(refusal.getMessage()).isEqualTo("score 0.1 is too low");
                });
    }

    @Test
    void noVerdictAtAllIsRefused() {
        assertThatThrownBy(() -> CaptchaPolicy.requirePassed(null)).isInstanceOf(DomainRuleViolation.class);
    }
}
