package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.axonframework.messaging.annotation.MessageHandlerTimeout;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.junit.jupiter.api.Test;
import org.muejam.infra.audit.AuditChainQueries;
import org.muejam.shared.audit.FindAuditChainStatusQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A handler that runs past its time limit answers 503 problem+json, never a bare 500; the audit verify may run long. */
class HandlerTimeoutProblemTest {

    @Test
    void aHandlerTimeOutIsA503ProblemTheClientMayRetry() {
        ResponseEntity<ProblemDetail> response = new ProblemHandler()
                .timedOut(
                        new AxonTimeoutException("handler has timed out"),
                        new MockHttpServletRequest("GET", "/api/admin/audit/verify"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getType().toString()).isEqualTo("/problems/handler-timed-out");
        assertThat(response.getBody().getInstance().toString()).isEqualTo("/api/admin/audit/verify");
    }

    @Test
    void verifyingTheWholeLogMayTakeTenMinutes() throws Exception {
        Method verify = AuditChainQueries.class.getMethod("handle", FindAuditChainStatusQuery.class);
        assertThat(verify.getAnnotation(MessageHandlerTimeout.class).timeoutMs())
                .isEqualTo(600_000);
    }
}
