package org.muejam.shared.moderation;

/** Why a report was filed: the reason category a reporter picks, and the one they are told the outcome under. */
public enum ReportReason {
    SPAM,
    HARASSMENT,
    HATE,
    NSFW,
    PII,
    COPYRIGHT,
    OTHER
}
