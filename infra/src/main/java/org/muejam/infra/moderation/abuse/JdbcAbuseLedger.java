package org.muejam.infra.moderation.abuse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.muejam.command.moderation.abuse.AbuseLedger;
import org.muejam.command.moderation.abuse.AbuseRule;
import org.muejam.command.moderation.abuse.Observation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The detector's memory in PostgreSQL (abuse_observation, abuse_flag). Written in the processor's transaction, so
 * an observation, the flag it raised and the report it filed commit together with the processor's position, or not
 * at all. Subjects are keyed hashes or ids, never an address or a text.
 */
@Component
public class JdbcAbuseLedger implements AbuseLedger {

    static final int ID = 128;

    private final JdbcTemplate jdbc;

    public JdbcAbuseLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(Observation observation) {
        return jdbc.update(
                        """
                        INSERT INTO abuse_observation (kind, subject, item, account, observed_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        observation.kind().name(),
                        id(observation.subject()),
                        id(observation.item()),
                        id(observation.account()),
                        Timestamp.from(observation.at()))
                == 1;
    }

    @Override
    public long countAccounts(Observation.Kind kind, String subject, Instant from, Instant to) {
        return count("count(DISTINCT account)", kind, subject, from, to);
    }

    @Override
    public long countItems(Observation.Kind kind, String subject, Instant from, Instant to) {
        return count("count(*)", kind, subject, from, to);
    }

    @Override
    public List<String> accounts(Observation.Kind kind, String subject, Instant from, Instant to, int limit) {
        return jdbc.queryForList(
                """
                SELECT account FROM abuse_observation
                WHERE kind = ? AND subject = ? AND observed_at BETWEEN ? AND ?
                GROUP BY account ORDER BY max(observed_at) DESC, account LIMIT ?""", String.class, kind.name(), id(subject), Timestamp.from(from), Timestamp.from(to), limit);
    }

    @Override
    public List<Instant> latest(Observation.Kind kind, String subject, Instant to, int limit) {
        return jdbc.query(
                """
                SELECT observed_at FROM abuse_observation
                WHERE kind = ? AND subject = ? AND observed_at <= ?
                ORDER BY observed_at DESC LIMIT ?""", (row, n) -> row.getTimestamp(1).toInstant(), kind.name(), id(subject), Timestamp.from(to), limit);
    }

    @Override
    public boolean raise(AbuseRule rule, String subject, Instant windowStart, String account, Instant raisedAt) {
        return jdbc.update(
                        """
                        INSERT INTO abuse_flag (rule, subject, window_start, account, raised_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        rule.slug(),
                        id(subject),
                        Timestamp.from(windowStart),
                        id(account),
                        Timestamp.from(raisedAt))
                == 1;
    }

    @Override
    public void prune(Observation.Kind kind, Instant before, Instant flagsBefore) {
        jdbc.update(
                "DELETE FROM abuse_observation WHERE kind = ? AND observed_at < ?",
                kind.name(),
                Timestamp.from(before));
        jdbc.update("DELETE FROM abuse_flag WHERE raised_at < ?", Timestamp.from(flagsBefore));
    }

    private long count(String aggregate, Observation.Kind kind, String subject, Instant from, Instant to) {
        Long count = jdbc.queryForObject(
                "SELECT " + aggregate + " FROM abuse_observation "
                        + "WHERE kind = ? AND subject = ? AND observed_at BETWEEN ? AND ?",
                Long.class,
                kind.name(),
                id(subject),
                Timestamp.from(from),
                Timestamp.from(to));
        return count == null ? 0 : count;
    }

    /** Ids come from events: NUL dropped and cut to the column, so a strange one is stored, never refused. */
    static String id(String value) {
        String clean = value == null ? "" : value.replace("\u0000", "");
        return clean.length() > ID ? clean.substring(0, ID) : clean;
    }
}
