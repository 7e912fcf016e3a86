package org.muejam.infra.safety;

/**
 * The answer about one CAPTCHA token: whether the request is let through, the service's score (0.0 bot .. 1.0
 * person; 0 when the service gave none) and, when refused, why, in words for the client.
 */
public record CaptchaVerdict(boolean passed, double score, String reason) {

    public static CaptchaVerdict pass(double score) {
        return new CaptchaVerdict(true, score, null);
    }

    public static CaptchaVerdict refuse(double score, String reason) {
        return new CaptchaVerdict(false, score, reason);
    }
}
