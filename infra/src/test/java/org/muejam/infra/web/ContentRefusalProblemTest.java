package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.muejam.command.content.ContentRefusal;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** How a refusal of the content screening reaches a client: 422 problem+json naming the rule that refused. */
class ContentRefusalProblemTest {

    @Test
    void aRefusedSubmissionIsA422WithTheRule() {
        ResponseEntity<ProblemDetail> response = new ProblemHandler()
                .ruleViolation(
                        ContentRefusal.refused("malicious-url", "a link in the text is known to be harmful"),
                        new MockHttpServletRequest("POST", "/api/comments"));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getType().toString()).isEqualTo("/problems/content-refused");
        assertThat(response.getBody().getProperties()).containsEntry("rule", "malicious-url");
    }
}
