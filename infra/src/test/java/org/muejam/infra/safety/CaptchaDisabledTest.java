package org.muejam.infra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With muejam.captcha.enabled left at its default (false), as in local runs, nothing asks for a CAPTCHA. */
class CaptchaDisabledTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void signUpAndSignInWorkWithoutACaptchaHeaderWhenCaptchaIsDisabled() {
        assertThat(context.getBean(CaptchaProperties.class).enabled()).isFalse();
        assertThat(context.getBeansOfType(CaptchaVerifier.class)).isEmpty();

        String email = uniqueEmail("nocaptcha");
        Api.Response registered = api.post(
                "/api/auth/register",
                Map.of(
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "displayName",
                        "No Captcha",
                        "birthDate",
                        "1991-02-03",
                        "acceptedDocuments",
                        currentRequiredDocuments()),
                null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
    }
}
