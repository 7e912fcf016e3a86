package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes against one database: this application's key store and a second one with its own cache and its own
 * listener. A key erased on either node is gone from the other's cache soon after, and stays destroyed: the subject
 * never gets it, or any stored key, back.
 */
class SubjectKeyErasureTest extends IntegrationTest {

    private static final Duration EVICTION = Duration.ofSeconds(30);

    @Autowired
    SubjectKeyStore firstNode;

    @Autowired
    SubjectKeyErasures firstListener;

    @Autowired
    MueJamProperties properties;

    @Autowired
    DataSourceProperties database;

    @Autowired
    PlatformTransactionManager transactions;

    private SubjectKeyStore secondNode;
    private SubjectKeyErasures secondListener;

    @BeforeEach
    void startSecondNode() {
        // an hour unused before a key leaves the cache: only an eviction can take it out during this test
        secondNode = new SubjectKeyStore(
                jdbc,
                transactions,
                properties.masterKeyBytes(),
                new MueJamProperties.SubjectKeys(1_000, Duration.ofHours(1)));
        secondListener = new SubjectKeyErasures(database, secondNode);
        secondListener.start();
        await("the second node listens", EVICTION, secondListener::listening);
        await("the first node listens", EVICTION, firstListener::listening);
    }

    @AfterEach
    void stopSecondNode() {
        secondListener.stop();
    }

    @Test
    void aKeyErasedOnOneNodeLeavesTheOtherNodesCache() {
        String subject = "eviction-" + UUID.randomUUID();
        SecretKey key = firstNode.keyFor(subject);
        assertThat(secondNode.existingKeyFor(subject)).contains(key);
        assertThat(secondNode.cachedKeys()).isPositive();

        assertThat(firstNode.erase(subject)).isTrue();

        assertThat(firstNode.existingKeyFor(subject)).isEmpty();
        await(
                "the second node forgets the key",
                EVICTION,
                () -> secondNode.existingKeyFor(subject).isEmpty());
        assertThat(secondListener.received()).isPositive();
    }

    @Test
    void aKeyErasedOnTheOtherNodeLeavesThisNodesCacheToo() {
        String subject = "eviction-back-" + UUID.randomUUID();
        SecretKey key = secondNode.keyFor(subject);
        assertThat(firstNode.existingKeyFor(subject)).contains(key);

        assertThat(secondNode.erase(subject)).isTrue();

        await(
                "the first node forgets the key",
                EVICTION,
                () -> firstNode.existingKeyFor(subject).isEmpty());
    }

    @Test
    void aNodeThatIsNotListeningCachesNoKey() {
        String subject = "deaf-" + UUID.randomUUID();
        secondListener.stop();
        await("the second node stopped listening", EVICTION, () -> !secondListener.listening());
        SecretKey key = firstNode.keyFor(subject);
        assertThat(secondNode.existingKeyFor(subject)).contains(key);
        assertThat(secondNode.cachedKeys()).isZero();

        firstNode.erase(subject);

        assertThat(secondNode.existingKeyFor(subject)).isEmpty();
    }

    @Test
    void aDestroyedKeyStaysDestroyed() {
        String subject = "destroyed-" + UUID.randomUUID();
        SecretKey key = firstNode.keyFor(subject);
        assertThat(firstNode.erase(subject)).isTrue();
        assertThat(firstNode.erase(subject)).isFalse();

        // a later write for the person uses a throwaway key, never stored and never the old one
        SecretKey later = firstNode.keyFor(subject);
        assertThat(later.getEncoded()).isNotEqualTo(key.getEncoded());
        assertThat(secondNode.keyFor(subject).getEncoded()).isNotEqualTo(later.getEncoded());
        assertThat(firstNode.existingKeyFor(subject)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT wrapped_key IS NULL AND erased_at IS NOT NULL FROM subject_key WHERE subject_id = ?",
                        Boolean.class,
                        subject))
                .isTrue();

        // the application's own database role can neither give the key back nor remove the tombstone
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE subject_key SET wrapped_key = '\\x00'::bytea, erased_at = NULL WHERE subject_id = ?",
                        subject))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("stays erased");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM subject_key WHERE subject_id = ?", subject))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void aSubjectErasedBeforeItHadAKeyNeverGetsOne() {
        String subject = "never-" + UUID.randomUUID();
        assertThat(firstNode.erase(subject)).isFalse();

        firstNode.keyFor(subject);
        secondNode.keyFor(subject);

        assertThat(firstNode.existingKeyFor(subject)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM subject_key WHERE subject_id = ? AND wrapped_key IS NOT NULL",
                        Integer.class,
                        subject))
                .isZero();
    }
}
