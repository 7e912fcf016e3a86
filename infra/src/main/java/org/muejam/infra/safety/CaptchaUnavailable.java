package org.muejam.infra.safety;

/** The CAPTCHA service gave no usable answer; not the client's fault, so never reported as a refusal. */
public class CaptchaUnavailable extends RuntimeException {

    public CaptchaUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public CaptchaUnavailable(String message) {
        super(message);
    }
}
