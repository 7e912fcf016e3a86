package org.muejam.infra.moderation;

import java.util.List;
import java.util.Optional;
import org.muejam.command.moderation.ReportedSubjects;
import org.muejam.shared.moderation.ReportSubjectType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reported item as the content and users read models hold it. Visibility follows decision 0033: a viewer other
 * than the author does not see content that is hidden, deleted, unpublished or by a shadowbanned author.
 */
@Component
public class ReadModelReportedSubjects implements ReportedSubjects {

    private static final String VISIBLE = " AND (%1$s.author_id = ? OR (%1$s.moderation IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM shadowbanned_authors b WHERE b.user_id = %1$s.author_id)))";

    private final JdbcTemplate jdbc;

    public ReadModelReportedSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportedSubject> find(ReportSubjectType type, String subjectId, String viewerId) {
        String viewer = viewerId == null ? "" : viewerId;
        List<ReportedSubject> found = switch (type) {
            case STORY ->
                jdbc.query(
                        "SELECT s.author_id, s.title, s.description FROM stories s WHERE s.story_id = ?"
                                + " AND (s.status <> 'DRAFT' OR s.author_id = ?)"
                                + VISIBLE.formatted("s"),
                        (rs, i) -> subject(rs.getString(1), rs.getString(2) + "\n\n" + rs.getString(3)),
                        subjectId,
                        viewer,
                        viewer);
            case CHAPTER ->
                jdbc.query(
                        "SELECT s.author_id, s.title, c.title, c.content FROM chapters c"
                                + " JOIN stories s ON s.story_id = c.story_id WHERE c.chapter_id = ?"
                                + " AND (s.status <> 'DRAFT' OR s.author_id = ?)"
                                + VISIBLE.formatted("s"),
                        (rs, i) -> subject(
                                rs.getString(1), rs.getString(2) + " / " + rs.getString(3) + "\n\n" + rs.getString(4)),
                        subjectId,
                        viewer,
                        viewer);
            case COMMENT ->
                jdbc.query(
                        "SELECT c.author_id, c.content FROM comments c WHERE c.comment_id = ?" + VISIBLE.formatted("c"),
                        (rs, i) -> subject(rs.getString(1), rs.getString(2)),
                        subjectId,
                        viewer);
            case WHISPER ->
                jdbc.query(
                        "SELECT w.author_id, w.content FROM whispers w WHERE w.whisper_id = ?" + VISIBLE.formatted("w"),
                        (rs, i) -> subject(rs.getString(1), rs.getString(2)),
                        subjectId,
                        viewer);
            case USER ->
                // a person's report names the account; their profile's personal data stays out of the log
                jdbc.query(
                        "SELECT user_id FROM user_account WHERE user_id = ?",
                        (rs, i) -> new ReportedSubject(rs.getString(1), null),
                        subjectId);
        };
        return found.stream().findFirst();
    }

    private static ReportedSubject subject(String authorId, String text) {
        String snapshot = text.length() > MAX_SNAPSHOT ? text.substring(0, MAX_SNAPSHOT) + " [cut]" : text;
        return new ReportedSubject(authorId, snapshot);
    }
}
