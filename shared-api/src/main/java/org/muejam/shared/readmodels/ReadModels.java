package org.muejam.shared.readmodels;

/**
 * The names of the read models: each is one projection (an Axon processing group) and the tables it writes. Read
 * endpoints name the ones they read, so that a client's {@code X-Await-Position} waits for exactly those.
 */
public final class ReadModels {

    public static final String USERS = "users";
    public static final String LEGAL_DOCUMENTS = "legal-documents";
    public static final String CONSENTS = "consents";
    public static final String AUDIT_LOG = "audit-log";
    public static final String API_KEYS = "api-keys";
    public static final String CONTENT_FILTERS = "content-filters";
    public static final String CONTENT = "content";
    public static final String CONTENT_PREFERENCES = "content-preferences";
    public static final String IMAGES = "images";
    /** Likes and follows. */
    public static final String SOCIAL = "social";
    /** Reading lists and reading progress. */
    public static final String READING = "reading";
    /** Moderation cases (the queue), reports, reporters' records, strikes and appeals. */
    public static final String MODERATION = "moderation";
    /** DMCA takedown notices (agents' dashboard and repeat infringers). */
    public static final String DMCA = "dmca";
    /** Data exports: their status, progress and link's end. */
    public static final String DATA_EXPORTS = "data-exports";

    /** Account deletion requests and their erasure receipts. */
    public static final String DELETIONS = "deletions";
    /** Not tables: the Elasticsearch index of published stories, behind an alias. */
    public static final String SEARCH = "search";

    private ReadModels() {}
}
