package org.muejam.infra.safety;

import org.muejam.command.shared.DomainRuleViolation;

/** A request guarded by a CAPTCHA goes ahead only when the verifier judged its token to come from a person. */
public final class CaptchaPolicy {

    public static final String PROBLEM_TYPE = "captcha-failed";
    public static final String FIELD = "captchaToken";

    private CaptchaPolicy() {}

    public static void requirePassed(CaptchaVerdict verdict) {
        if (verdict == null || !verdict.passed()) {
            String reason = verdict == null || verdict.reason() == null ? "the CAPTCHA check failed" : verdict.reason();
            throw DomainRuleViolation.invalid(PROBLEM_TYPE, FIELD, reason);
        }
    }
}
