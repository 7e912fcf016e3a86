package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.shared.identity.UserId;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The grace is an ISO-8601 duration checked at start-up; the ledger file survives a torn last line. */
class DeletionPropertiesTest {

    private static DeletionProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("muejam.deletion", DeletionProperties.class);
    }

    @Test
    void theGraceIsThirtyDaysByDefaultAndReadsIsoDurations() {
        assertThat(bind(Map.of()).grace()).isEqualTo(Duration.ofDays(30));
        assertThat(bind(Map.of("muejam.deletion.grace", "PT10M")).grace()).isEqualTo(Duration.ofMinutes(10));
        assertThat(bind(Map.of("muejam.deletion.grace", "P90D")).grace()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void aZeroNegativeTooLongOrUnreadableGraceStopsTheStart() {
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (String wrong : new String[] {"P0D", "-P1D", "P91D", "thirty days", "PT-1S"}) {
            try {
                accepted.add(wrong + " -> "
                        + bind(Map.of("muejam.deletion.grace", wrong)).grace());
            } catch (RuntimeException refused) {
                assertThat(refused).isNotNull();
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void theLedgerKeepsOneEntryPerPersonAndSkipsATornLine(@TempDir Path dir) throws Exception {
        FileErasureLedger ledger = new FileErasureLedger(dir.resolve("sub/ledger.jsonl"));
        assertThat(ledger.entries()).isEmpty();
        Instant at = Instant.parse("2026-08-01T10:00:00Z");
        ledger.record(new ErasureLedger.Entry(UserId.of("u1"), "deletion:a", at));
        ledger.record(new ErasureLedger.Entry(UserId.of("u1"), "deletion:a", at.plusSeconds(5)));
        Files.writeString(
                ledger.file(),
                "{\"userId\":\"u2\",\"erase",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ledger.entries()).containsExactly(new ErasureLedger.Entry(UserId.of("u1"), "deletion:a", at));
        assertThat(Files.readString(ledger.file())).doesNotContain("@");
    }
}
