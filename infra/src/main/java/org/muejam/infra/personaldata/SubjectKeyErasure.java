package org.muejam.infra.personaldata;

import org.muejam.command.gdpr.SubjectErasure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Erasure through the key store: the key is destroyed, its tombstone stays, every node evicts it (decision 0025). */
@Component
public class SubjectKeyErasure implements SubjectErasure {

    private final SubjectKeyStore keys;
    private final JdbcTemplate jdbc;

    public SubjectKeyErasure(SubjectKeyStore keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @Override
    public boolean erase(String subjectId) {
        return keys.erase(subjectId);
    }

    @Override
    public boolean isErased(String subjectId) {
        Integer tombstones = jdbc.queryForObject(
                "SELECT count(*) FROM subject_key WHERE subject_id = ? AND wrapped_key IS NULL",
                Integer.class,
                subjectId);
        return tombstones != null && tombstones > 0;
    }
}
