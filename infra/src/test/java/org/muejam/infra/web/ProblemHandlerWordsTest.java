package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.context.request.ServletWebRequest;

/** Failures raised by libraries reach the client in the platform's fixed words, never in the library's. */
class ProblemHandlerWordsTest {

    private static final String LIBRARY_WORDS = "Failed in com.fasterxml.jackson.Xq7 (java.lang.Xq7Exception)";

    private final ProblemHandler handler = new ProblemHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");

    @Test
    void anIllegalArgumentFromALibraryIsAnInvalidRequestInOurWords() {
        assertOwnWords(handler.badArgument(new IllegalArgumentException(LIBRARY_WORDS), request), 400);
    }

    @Test
    void authenticationFailuresAreNamedWithoutTheLibrarysMessage() {
        assertOwnWords(handler.unauthenticated(new InsufficientAuthenticationException(LIBRARY_WORDS), request), 401);
        ResponseEntity<ProblemDetail> credentials =
                handler.unauthenticated(new BadCredentialsException(LIBRARY_WORDS), request);
        assertOwnWords(credentials, 401);
        assertThat(credentials.getBody().getDetail()).isEqualTo("the email address or password is wrong");
    }

    @Test
    void anUnreadableBodyCausedByAnIllegalArgumentIsRefusedInOurWords() {
        ResponseEntity<Object> answer = handler.handleHttpMessageNotReadable(
                new HttpMessageNotReadableException(
                        "JSON parse error: " + LIBRARY_WORDS,
                        new IllegalArgumentException(LIBRARY_WORDS),
                        new MockHttpInputMessage(new byte[0])),
                new HttpHeaders(),
                HttpStatus.BAD_REQUEST,
                new ServletWebRequest(request));
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertOwnWords(((ProblemDetail) answer.getBody()).getDetail());
    }

    private static void assertOwnWords(ResponseEntity<ProblemDetail> answer, int status) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertOwnWords(answer.getBody().getDetail());
    }

    private static void assertOwnWords(String detail) {
        assertThat(detail).isNotBlank();
        for (String word : List.of("Xq7", "com.fasterxml", "java.lang", "Exception", "Failed in")) {
            assertThat(detail).doesNotContain(word);
        }
    }
}
