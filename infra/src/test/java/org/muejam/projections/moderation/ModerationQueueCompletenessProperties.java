package org.muejam.projections.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.flywaydb.core.Flyway;
import org.muejam.query.moderation.ModerationQueries;
import org.muejam.shared.moderation.CaseClaimExpiredEvent;
import org.muejam.shared.moderation.CaseClaimedEvent;
import org.muejam.shared.moderation.CaseOpenedEvent;
import org.muejam.shared.moderation.ListModerationQueueQuery;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationActionReversedEvent;
import org.muejam.shared.moderation.ModerationActionTakenEvent;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.ModerationQueuePage;
import org.muejam.shared.moderation.ReportFiledEvent;
import org.muejam.shared.moderation.ReportReason;
import org.muejam.shared.moderation.ReportSubjectType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Property 3, moderation queue completeness: for any interleaving of cases' events (openings, reports by people and
 * filters, claims live, lapsed and expired, resolutions and reversals), every case with an open report is in the
 * queue exactly once, no resolved case is, and the queue is ordered by score, then age, across its pages. The
 * projection's and the queue's own SQL run against PostgreSQL, each try in a transaction that is rolled back.
 */
class ModerationQueueCompletenessProperties {

    /** Later than any case the application stored in this database, so every one has its time in the queue. */
    private static final Instant NOW =
            Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    private static JdbcTemplate jdbc;
    private static TransactionTemplate transactions;
    private static ModerationProjection projection;
    private static ModerationQueries queries;

    @BeforeContainer
    static void connect() {
        String url = env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test");
        String appUser = env("MUEJAM_DB_APP_USER", "muejam_app");
        Flyway.configure()
                .dataSource(url, env("MUEJAM_DB_OWNER_USER", "muejam"), env("MUEJAM_DB_OWNER_PASSWORD", ""))
                .placeholders(Map.of("appRole", appUser))
                .load()
                .migrate();
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(url, appUser, env("MUEJAM_DB_APP_PASSWORD", ""));
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        projection = new ModerationProjection(jdbc);
        queries = new ModerationQueries(jdbc, (readModel, aggregate) -> true, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    enum Claim {
        NONE,
        LIVE,
        LAPSED,
        EXPIRED
    }

    enum Ending {
        OPEN,
        RESOLVED,
        REVERSED
    }

    record Report(boolean automated, int reporter, ReportReason reason, String severity) {}

    record Script(
            ReportSubjectType type,
            int openedMinutesAgo,
            boolean openingMissing,
            List<Report> reports,
            Claim claim,
            Ending ending,
            ModerationAction action) {}

    record Stored(String caseId, long sequence, Object event) {}

    @Property(tries = 120)
    void everyOpenCaseIsInTheQueueOnceAndNoResolvedOneIs(
            @ForAll("scripts") List<Script> scripts,
            @ForAll("seeds") long seed,
            @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        Map<String, Script> cases = new HashMap<>();
        List<List<Stored>> streams = new ArrayList<>();
        for (Script script : scripts) {
            String caseId = ModerationIds.newCase();
            cases.put(caseId, script);
            streams.add(events(caseId, script));
        }
        List<Stored> log = interleave(streams, new Random(seed));

        transactions.executeWithoutResult(status -> {
            try {
                for (Stored stored : log) {
                    apply(stored);
                }
                List<ModerationQueuePage.Entry> queue = wholeQueue(pageSize);

                Map<String, Long> seen = queue.stream()
                        .collect(Collectors.groupingBy(ModerationQueuePage.Entry::caseId, Collectors.counting()));
                assertThat(seen.values()).as("no case twice").allMatch(count -> count == 1);
                Set<String> open = cases.entrySet().stream()
                        .filter(e -> e.getValue().ending() == Ending.OPEN)
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet());
                Set<String> listed = queue.stream()
                        .map(ModerationQueuePage.Entry::caseId)
                        .filter(cases::containsKey)
                        .collect(Collectors.toSet());
                assertThat(listed).isEqualTo(open);
                for (ModerationQueuePage.Entry entry : queue) {
                    Script script = cases.get(entry.caseId());
                    if (script != null) {
                        assertThat(entry.reportCount())
                                .isEqualTo(script.reports().size());
                        assertThat(entry.claimedBy() != null).isEqualTo(script.claim() == Claim.LIVE);
                    }
                }
                for (int i = 1; i < queue.size(); i++) {
                    ModerationQueuePage.Entry before = queue.get(i - 1);
                    ModerationQueuePage.Entry after = queue.get(i);
                    assertThat(before.rankKey()).isGreaterThanOrEqualTo(after.rankKey());
                    assertThat(before.priorityScore()).isGreaterThanOrEqualTo(after.priorityScore() - 0.01);
                    if (before.rankKey() == after.rankKey()) {
                        assertThat(before.openedAt()).isBeforeOrEqualTo(after.openedAt());
                    }
                }
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private static List<ModerationQueuePage.Entry> wholeQueue(int pageSize) {
        List<ModerationQueuePage.Entry> all = new ArrayList<>();
        ModerationQueuePage page = queries.handle(new ListModerationQueueQuery(null, null, null, pageSize));
        all.addAll(page.items());
        while (page.more()) {
            ModerationQueuePage.Entry last = page.items().get(page.items().size() - 1);
            page = queries.handle(
                    new ListModerationQueueQuery(last.rankKey(), last.openedAt(), last.caseId(), pageSize));
            all.addAll(page.items());
            assertThat(all.size()).as("the queue ends").isLessThan(1_000_000);
        }
        return all;
    }

    private static List<Stored> events(String caseId, Script script) {
        List<Object> events = new ArrayList<>();
        Instant opened = NOW.minus(Duration.ofMinutes(script.openedMinutesAgo()));
        String subject = script.type().slug() + ":" + caseId.substring(ModerationIds.CASE.length());
        if (!script.openingMissing()) {
            events.add(new CaseOpenedEvent(caseId, script.type(), subject, "author", opened));
        }
        int n = 0;
        for (Report report : script.reports()) {
            events.add(new ReportFiledEvent(
                    caseId,
                    ModerationIds.newReport(),
                    report.automated() ? ModerationIds.SYSTEM_REPORTER : "prop-reporter-" + report.reporter(),
                    report.automated(),
                    script.type(),
                    subject,
                    "author",
                    report.reason(),
                    "details",
                    "snapshot",
                    report.severity(),
                    opened.plusSeconds(n++)));
        }
        switch (script.claim()) {
            case LIVE -> events.add(new CaseClaimedEvent(caseId, "mod", opened, NOW.plus(Duration.ofHours(1))));
            case LAPSED -> events.add(new CaseClaimedEvent(caseId, "mod", opened, NOW.minusSeconds(1)));
            case EXPIRED -> {
                events.add(new CaseClaimedEvent(caseId, "mod", opened, NOW.plus(Duration.ofHours(1))));
                events.add(new CaseClaimExpiredEvent(caseId, "mod", NOW));
            }
            case NONE -> {}
        }
        if (script.ending() != Ending.OPEN) {
            Instant taken = opened.plusSeconds(30);
            events.add(new ModerationActionTakenEvent(
                    caseId,
                    script.action(),
                    "mod",
                    "reason",
                    null,
                    script.type(),
                    subject,
                    "author",
                    script.action().upholds(),
                    taken));
            if (script.ending() == Ending.REVERSED) {
                events.add(new ModerationActionReversedEvent(
                        caseId,
                        script.action(),
                        ModerationIds.strikeOf(caseId),
                        script.type(),
                        subject,
                        "author",
                        "mod-2",
                        taken.plusSeconds(5)));
            }
        }
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            stored.add(new Stored(caseId, i, events.get(i)));
        }
        return stored;
    }

    /** The cases' streams merged as a log would hold them: each in its own order, the cases mixed at random. */
    private static List<Stored> interleave(List<List<Stored>> streams, Random random) {
        List<Stored> log = new ArrayList<>();
        int[] next = new int[streams.size()];
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            left.add(i);
        }
        while (!left.isEmpty()) {
            int pick = left.get(random.nextInt(left.size()));
            log.add(streams.get(pick).get(next[pick]++));
            if (next[pick] == streams.get(pick).size()) {
                left.remove(Integer.valueOf(pick));
            }
        }
        return log;
    }

    private static void apply(Stored stored) {
        Instant at = NOW;
        long sequence = stored.sequence();
        Object event = stored.event();
        if (event instanceof CaseOpenedEvent e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ReportFiledEvent e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseClaimedEvent e) {
            projection.on(e, sequence, at);
        } else if (event instanceof CaseClaimExpiredEvent e) {
            projection.on(e, sequence);
        } else if (event instanceof ModerationActionTakenEvent e) {
            projection.on(e, sequence, at);
        } else if (event instanceof ModerationActionReversedEvent e) {
            projection.on(e, sequence, at);
        } else {
            throw new IllegalArgumentException("no handler for " + event);
        }
    }

    @Provide
    Arbitrary<List<Script>> scripts() {
        Arbitrary<Report> report = Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.of(ReportReason.class),
                        Arbitraries.of("LOW", "MEDIUM", "HIGH", "odd"))
                .as(Report::new);
        return Combinators.combine(
                        Arbitraries.of(ReportSubjectType.class),
                        Arbitraries.of(0, 0, 30, 60, 600),
                        Arbitraries.of(false, false, false, true),
                        report.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of(Claim.class),
                        Arbitraries.of(Ending.class),
                        Arbitraries.of(ModerationAction.class))
                .as(Script::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
