package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** How the verified-author refusal reaches a client: 403 problem+json of type email-verification-required. */
class VerifiedAuthorProblemTest {

    @Test
    void anUnverifiedAuthorGetsA403ProblemOfTheStableType() {
        EmailVerificationStatus nobodyVerified = userId -> false;
        DomainRuleViolation refusal = null;
        try {
            VerifiedAuthorPolicy.requireVerifiedEmail(UserId.random(), nobodyVerified);
        } catch (DomainRuleViolation violation) {
            refusal = violation;
        }
        assertThat(refusal).isNotNull();

        ResponseEntity<ProblemDetail> response =
                new ProblemHandler().ruleViolation(refusal, new MockHttpServletRequest("POST", "/api/stories"));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getType().toString()).isEqualTo("/problems/email-verification-required");
        assertThat(response.getBody().getDetail()).contains("resend-verification");
    }
}
