package org.muejam.query.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.moderation.DmcaInfringerList;
import org.muejam.shared.moderation.DmcaStatus;
import org.muejam.shared.moderation.DmcaTakedownPage;
import org.muejam.shared.moderation.DmcaTakedownResponse;
import org.muejam.shared.moderation.FindDmcaTakedownQuery;
import org.muejam.shared.moderation.ListDmcaInfringersQuery;
import org.muejam.shared.moderation.ListDmcaTakedownsQuery;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * DMCA notices from the dmca read model, personal data opened under its subject's key, each with its author's count
 * of distinct pieces of content taken down on approved notices (counted when read, so a replay cannot count twice).
 */
@Component
public class DmcaQueries {

    /** Content an approved notice took down: approved, then perhaps disputed, and kept down by a court action. */
    static final String TAKEN_DOWN = "('APPROVED', 'COUNTER_NOTICED', 'IN_COURT')";

    private static final String SELECT = "SELECT t.takedown_id, t.status, t.copyright_holder, t.contact_email,"
            + " t.contact_address, t.contact_phone, t.work_description, t.infringing_url, t.content_type, t.content_id,"
            + " t.story_id, t.author_id, (SELECT count(DISTINCT a.content_id) FROM dmca_takedowns a"
            + " WHERE a.author_id = t.author_id AND a.status IN " + TAKEN_DOWN + "),"
            + " t.submitted_at, t.decided_by, t.decision_reason, t.decided_at, t.counter_statement,"
            + " t.counter_signature, t.counter_noticed_at FROM dmca_takedowns t";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;
    private final PersonalDataVault vault;

    public DmcaQueries(JdbcTemplate jdbc, ReadModelFreshness freshness, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.freshness = freshness;
        this.vault = vault;
    }

    @QueryHandler
    public Optional<DmcaTakedownResponse> handle(FindDmcaTakedownQuery query) {
        freshness.awaitAggregate(ReadModels.DMCA, query.takedownId());
        return jdbc.query(SELECT + " WHERE t.takedown_id = ?", this::takedown, query.takedownId()).stream()
                .findFirst();
    }

    @QueryHandler
    public DmcaTakedownPage handle(ListDmcaTakedownsQuery query) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE true");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" AND t.status = ?");
            args.add(query.status().name());
        }
        if (query.afterSubmittedAt() != null && query.afterId() != null) {
            sql.append(" AND (t.submitted_at, t.takedown_id) < (?, ?)");
            args.add(Timestamp.from(query.afterSubmittedAt()));
            args.add(query.afterId());
        }
        sql.append(" ORDER BY t.submitted_at DESC, t.takedown_id DESC LIMIT ?");
        args.add(query.limit() + 1);
        List<DmcaTakedownResponse> rows = jdbc.query(sql.toString(), this::takedown, args.toArray());
        boolean more = rows.size() > query.limit();
        return new DmcaTakedownPage(more ? rows.subList(0, query.limit()) : rows, more);
    }

    @QueryHandler
    public DmcaInfringerList handle(ListDmcaInfringersQuery query) {
        return new DmcaInfringerList(jdbc.query(
                "SELECT author_id, count(DISTINCT content_id) AS taken_down FROM dmca_takedowns WHERE status IN "
                        + TAKEN_DOWN
                        + " GROUP BY author_id HAVING count(DISTINCT content_id) >= ?"
                        + " ORDER BY taken_down DESC, author_id LIMIT ?",
                (rs, row) -> new DmcaInfringerList.Infringer(rs.getString(1), rs.getLong(2)),
                Math.max(1, query.minimum()),
                query.limit()));
    }

    private DmcaTakedownResponse takedown(ResultSet rs, int row) throws SQLException {
        String id = rs.getString(1);
        String author = rs.getString(12);
        return new DmcaTakedownResponse(
                id,
                DmcaStatus.valueOf(rs.getString(2)),
                vault.open(id, rs.getString(3)),
                vault.open(id, rs.getString(4)),
                vault.open(id, rs.getString(5)),
                vault.open(id, rs.getString(6)),
                rs.getString(7),
                rs.getString(8),
                ContentType.fromSlug(rs.getString(9)).orElse(null),
                rs.getString(10),
                rs.getString(11),
                author,
                rs.getLong(13),
                instant(rs.getTimestamp(14)),
                rs.getString(15),
                rs.getString(16),
                instant(rs.getTimestamp(17)),
                vault.open(author, rs.getString(18)),
                vault.open(author, rs.getString(19)),
                instant(rs.getTimestamp(20)));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
