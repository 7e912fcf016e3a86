package org.muejam.infra.safety;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * reCAPTCHA v3 in front of sign-up, sign-in and content submission. Off unless enabled, so local runs and tests
 * need no Google keys; when on, the secret must be given.
 *
 * @param contentPaths path patterns (Spring's, e.g. {@code /api/stories/**}) whose POST, PUT and PATCH requests
 *                     are content submissions and need a token made for the action "content"
 */
@Validated
@ConfigurationProperties("muejam.captcha")
public record CaptchaProperties(
        boolean enabled,
        String secret,

        @NotNull @DefaultValue("https://www.google.com/recaptcha/api/siteverify")
        URI verifyUrl,

        @DecimalMin(value = "0.0", message = "MUEJAM_CAPTCHA_MIN_SCORE must lie between 0.0 and 1.0")
        @DecimalMax(value = "1.0", message = "MUEJAM_CAPTCHA_MIN_SCORE must lie between 0.0 and 1.0")
        @DefaultValue("0.5")
        double minScore,

        @NotNull @DefaultValue("3s") Duration timeout,
        @DefaultValue List<String> contentPaths,
        @DefaultValue List<String> hostnames) {

    @AssertTrue(
            message = "MUEJAM_CAPTCHA_ENABLED is true, so set MUEJAM_RECAPTCHA_SECRET to the reCAPTCHA v3 secret"
                    + " key (or set MUEJAM_CAPTCHA_ENABLED=false)")
    public boolean isSecretGivenWhenEnabled() {
        return !enabled || (secret != null && !secret.isBlank());
    }

    @AssertTrue(message = "muejam.captcha.timeout must be positive")
    public boolean isTimeoutPositive() {
        return timeout == null || (!timeout.isNegative() && !timeout.isZero());
    }
}
