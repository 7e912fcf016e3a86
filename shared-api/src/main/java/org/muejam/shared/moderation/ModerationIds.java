package org.muejam.shared.moderation;

import java.util.UUID;

/**
 * Identifiers of moderation: a case is {@code case:<uuid>}, a report {@code report:<uuid>}. A case records at most
 * one strike and that strike at most one appeal, so both are named after their case ({@code strike:<case uuid>},
 * {@code appeal:<case uuid>}) and lead back to it without a lookup.
 */
public final class ModerationIds {

    public static final String CASE = "case:";
    public static final String REPORT = "report:";
    public static final String STRIKE = "strike:";
    public static final String APPEAL = "appeal:";
    /** The reporter of automated reports (filters and detectors): never a person's id, which is a UUID. */
    public static final String SYSTEM_REPORTER = "system";

    private ModerationIds() {}

    public static String newCase() {
        return CASE + UUID.randomUUID();
    }

    public static String newReport() {
        return REPORT + UUID.randomUUID();
    }

    public static String strikeOf(String caseId) {
        return STRIKE + caseId.substring(CASE.length());
    }

    public static String appealOf(String caseId) {
        return APPEAL + caseId.substring(CASE.length());
    }

    /** The case a strike or an appeal id leads to, or null when the id is not one. */
    public static String caseOf(String strikeOrAppealId) {
        for (String prefix : new String[] {STRIKE, APPEAL}) {
            if (isValid(prefix, strikeOrAppealId)) {
                return CASE + strikeOrAppealId.substring(prefix.length());
            }
        }
        return null;
    }

    public static boolean isValid(String prefix, String id) {
        if (id == null || !id.startsWith(prefix) || id.length() != prefix.length() + 36) {
            return false;
        }
        try {
            String uuid = id.substring(prefix.length());
            return UUID.fromString(uuid).toString().equals(uuid);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }
}
