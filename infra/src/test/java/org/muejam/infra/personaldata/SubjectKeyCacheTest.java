package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.muejam.infra.config.MueJamProperties.SubjectKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;

/** The per-node key cache holds at most its maximum, drops keys unused for its idle time, and can be turned off. */
class SubjectKeyCacheTest {

    private final KeyTable table = new KeyTable();
    private final AtomicLong now = new AtomicLong();

    private SubjectKeyStore store(long maximumSize, Duration expireAfterAccess) {
        return new SubjectKeyStore(
                table,
                mock(PlatformTransactionManager.class),
                new byte[32],
                new SubjectKeys(maximumSize, expireAfterAccess),
                now::get);
    }

    @Test
    void theCacheNeverHoldsMoreThanItsMaximumSize() {
        SubjectKeyStore keys = store(5, Duration.ofHours(1));
        Map<String, SecretKey> made = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            made.put("subject-" + i, keys.keyFor("subject-" + i));
            assertThat(keys.cachedKeys()).isLessThanOrEqualTo(5);
        }
        assertThat(keys.cachedKeys()).isEqualTo(5);
        // what fell out of the cache is read again from the table, the very same key
        made.forEach((subject, key) -> assertThat(keys.existingKeyFor(subject)).contains(key));
        assertThat(keys.cachedKeys()).isLessThanOrEqualTo(5);
    }

    @Test
    void aCachedKeyIsServedWithoutTheTableUntilItIsUnusedForTheIdleTime() {
        SubjectKeyStore keys = store(100, Duration.ofMinutes(10));
        SecretKey key = keys.keyFor("reader");
        int reads = table.reads.get();

        now.addAndGet(TimeUnit.MINUTES.toNanos(9));
        assertThat(keys.existingKeyFor("reader")).contains(key);
        now.addAndGet(TimeUnit.MINUTES.toNanos(9)); // 18 minutes after it was made, 9 after its last use
        assertThat(keys.existingKeyFor("reader")).contains(key);
        assertThat(table.reads.get()).isEqualTo(reads);

        now.addAndGet(TimeUnit.MINUTES.toNanos(11));
        assertThat(keys.cachedKeys()).isZero();
        assertThat(keys.existingKeyFor("reader")).contains(key);
        assertThat(table.reads.get()).isEqualTo(reads + 1);
    }

    @Test
    void aStoreThatMayMissErasuresCachesNothingUntilToldOtherwise() {
        SubjectKeyStore keys = store(100, Duration.ofHours(1));
        keys.keyFor("cached");
        assertThat(keys.cachedKeys()).isEqualTo(1);

        keys.evictAll(false);
        assertThat(keys.cachedKeys()).isZero();
        keys.keyFor("not-cached");
        keys.existingKeyFor("cached");
        assertThat(keys.cachedKeys()).isZero();

        keys.evictAll(true);
        keys.existingKeyFor("cached");
        assertThat(keys.cachedKeys()).isEqualTo(1);
    }

    @Test
    void anEvictedKeyIsReadAgainAndAnErasedOneIsGone() {
        SubjectKeyStore keys = store(100, Duration.ofHours(1));
        SecretKey key = keys.keyFor("evicted");
        table.rows.put("evicted", null); // erased by another node; this one still has it cached
        assertThat(keys.existingKeyFor("evicted")).contains(key);

        keys.evict("evicted");
        assertThat(keys.existingKeyFor("evicted")).isEmpty();
        assertThat(keys.keyFor("evicted")).isNotEqualTo(key);
        assertThat(table.rows.get("evicted")).isNull();
    }

    @Test
    void theSettingsRefuseAnIdleTimeThatIsNotPositive() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SubjectKeys(10, bad))
                    .hasMessageContaining("MUEJAM_SUBJECT_KEY_CACHE_EXPIRE_AFTER_ACCESS");
        }
    }

    /** The subject_key table in memory: a null value is an erased subject. */
    private static final class KeyTable extends JdbcTemplate {

        final Map<String, byte[]> rows = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public int update(String sql, Object... args) {
            if (sql.startsWith("INSERT INTO subject_key") && !rows.containsKey((String) args[0])) {
                rows.put((String) args[0], (byte[]) args[1]);
                return 1;
            }
            return 0;
        }

        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
            reads.incrementAndGet();
            String subject = (String) args[0];
            List<T> found = new ArrayList<>();
            if (rows.containsKey(subject)) {
                try {
                    ResultSet row = mock(ResultSet.class);
                    when(row.getBytes(1)).thenReturn(rows.get(subject));
                    found.add(mapper.mapRow(row, 0));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }
    }
}
