package org.muejam.command.moderation.abuse;

import org.muejam.shared.moderation.ReportReason;

/** What the abuse detector looks for in the event stream; each flag becomes a report about an account. */
public enum AbuseRule {
    /** Many accounts registered from one network address (an IPv4 address, an IPv6 /64) within a window. */
    ACCOUNTS_PER_ADDRESS("accounts-per-address", ReportReason.OTHER),
    /** One author creating many stories, chapters, comments or whispers within a window. */
    RAPID_CREATION("rapid-creation", ReportReason.SPAM),
    /** The same comment or whisper text posted by several accounts within a window. */
    DUPLICATE_CONTENT("duplicate-content", ReportReason.SPAM),
    /** An author's last posts at near-constant intervals, as a script posts. */
    BOT_TIMING("bot-timing", ReportReason.SPAM);

    private final String slug;
    private final ReportReason reason;

    AbuseRule(String slug, ReportReason reason) {
        this.slug = slug;
        this.reason = reason;
    }

    public String slug() {
        return slug;
    }

    /** The reason of the report a flag of this rule files. */
    public ReportReason reason() {
        return reason;
    }
}
