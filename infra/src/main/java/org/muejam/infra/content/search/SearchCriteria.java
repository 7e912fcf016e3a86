package org.muejam.infra.content.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.muejam.infra.web.Problems;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.content.StoryStatus;
import org.springframework.http.HttpStatus;

/**
 * A search as the API takes it, checked: every parameter that cannot be searched is refused with 400 naming it,
 * before Elasticsearch sees anything.
 */
public record SearchCriteria(
        String query,
        String genre,
        StoryStatus status,
        Long minWords,
        Long maxWords,
        Instant updatedAfter,
        Sort sort,
        SearchCursor cursor,
        int limit,
        NsfwPreference nsfw) {

    public static final int MAX_QUERY = 200;
    public static final int MAX_GENRE = 100;
    public static final int MAX_LIMIT = 100;

    public enum Sort {
        RELEVANCE,
        UPDATED,
        WORDS;

        static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return RELEVANCE;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> RELEVANCE;
                case "updated" -> UPDATED;
                case "words" -> WORDS;
                default -> throw invalid("sort", "sort must be relevance, updated or words");
            };
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static SearchCriteria parse(
            String q,
            String genre,
            String status,
            String minWords,
            String maxWords,
            String updatedAfter,
            String sort,
            String cursor,
            String limit,
            int defaultLimit,
            NsfwPreference nsfw) {
        String query = text("q", q, MAX_QUERY);
        Long min = count("minWords", minWords);
        Long max = count("maxWords", maxWords);
        if (min != null && max != null && min > max) {
            throw invalid("minWords", "minWords must not be more than maxWords");
        }
        Sort order = Sort.parse(sort);
        return new SearchCriteria(
                query == null ? null : normalise(query),
                text("genre", genre, MAX_GENRE),
                status(status),
                min,
                max,
                instant(updatedAfter),
                order,
                cursor == null || cursor.isEmpty() ? null : SearchCursor.decode(cursor, order),
                limit(limit, defaultLimit),
                nsfw);
    }

    /** What a query is matched and counted as: trimmed, spaces folded, lower case. */
    public static String normalise(String query) {
        return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw invalid(name, name + " must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw invalid(name, name + " must not contain control characters");
        }
        return value.strip();
    }

    private static StoryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "ongoing" -> StoryStatus.ONGOING;
            case "completed" -> StoryStatus.COMPLETED;
            default -> throw invalid("status", "status must be ongoing or completed");
        };
    }

    private static Long count(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(name, name + " must be a whole number of words from 0 to 9999999999");
        }
        return Long.parseLong(digits);
    }

    private static int limit(String value, int defaultLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        String digits = value.strip();
        if (digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        int limit = Integer.parseInt(digits);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalid("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    /** A date (2026-05-01, from its start in UTC) or an instant with its offset (2026-05-01T10:00:00Z). */
    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 40) {
            throw invalid(
                    "updatedAfter", "updatedAfter must be a date (2026-05-01) or an instant (2026-05-01T10:00:00Z)");
        }
        try {
            return text.length() <= 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(
                    "updatedAfter", "updatedAfter must be a date (2026-05-01) or an instant (2026-05-01T10:00:00Z)");
        }
    }

    static RuntimeException invalid(String field, String detail) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-search", detail, field);
    }
}
