package org.muejam.infra.reading;

import org.muejam.command.reading.ReadingListQuota;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's count of reading lists in PostgreSQL, changed in the transaction of the command that creates or
 * deletes a list: the row lock makes concurrent creations wait for one another, so none passes the limit.
 */
@Component
public class JdbcReadingListQuota implements ReadingListQuota {

    private final JdbcTemplate jdbc;

    public JdbcReadingListQuota(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean take(UserId owner, int max) {
        return jdbc.update("""
                INSERT INTO reading_list_quota (owner_id, lists) VALUES (?, 1)
                ON CONFLICT (owner_id) DO UPDATE SET lists = reading_list_quota.lists + 1
                WHERE reading_list_quota.lists < ?""", owner.value(), max) > 0;
    }

    @Override
    public void giveBack(UserId owner) {
        jdbc.update("UPDATE reading_list_quota SET lists = lists - 1 WHERE owner_id = ? AND lists > 0", owner.value());
    }
}
