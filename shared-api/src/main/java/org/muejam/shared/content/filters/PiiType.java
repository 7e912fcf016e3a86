package org.muejam.shared.content.filters;

/** The kinds of personal data the PII filter recognises; only the kind is ever reported, never the value. */
public enum PiiType {
    EMAIL,
    PHONE,
    SSN,
    CREDIT_CARD
}
