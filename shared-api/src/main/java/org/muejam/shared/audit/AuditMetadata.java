package org.muejam.shared.audit;

/** Metadata keys every command carries from its HTTP request onto the events it causes. */
public final class AuditMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_TYPE = "actorType";
    public static final String SUBJECT_ID = "subjectId";
    public static final String IP_ADDRESS = "ipAddress";
    public static final String USER_AGENT = "userAgent";
    public static final String REQUEST_ID = "requestId";

    private AuditMetadata() {}
}
