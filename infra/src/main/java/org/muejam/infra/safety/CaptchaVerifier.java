package org.muejam.infra.safety;

/**
 * Asks a CAPTCHA service (reCAPTCHA v3) whether a request came from a person. Used in front of sign-up, sign-in
 * and content submission.
 */
public interface CaptchaVerifier {

    /**
     * Judges the client's token for the action the client should have declared when it made the token.
     *
     * @param token          the token the client sent; null or blank is refused without asking the service
     * @param expectedAction the action this endpoint stands for ("register", "login", "content")
     * @param remoteIp       the client's address, passed on to the service; may be null
     * @throws CaptchaUnavailable when the service cannot give an answer (unreachable, too slow, not configured
     *                            right): the request can be tried again later, the client did nothing wrong
     */
    CaptchaVerdict verify(String token, String expectedAction, String remoteIp);
}
