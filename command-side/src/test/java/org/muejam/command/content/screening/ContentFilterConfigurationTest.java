package org.muejam.command.content.screening;

import static org.muejam.command.testing.Violations.conflict;
import static org.muejam.command.testing.Violations.invalid;
import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.filters.AddBlocklistEntryCommand;
import org.muejam.shared.content.filters.BlocklistEntryAddedEvent;
import org.muejam.shared.content.filters.BlocklistKind;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsReplacedEvent;
import org.muejam.shared.content.filters.ReplaceContentFilterSettingsCommand;
import org.muejam.shared.content.filters.Sensitivity;

/** Specification of the filter configuration: every change an event, bounded lists, no entry twice. */
class ContentFilterConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String ID = ContentFilterSettings.DEFAULT_ID;

    private FixtureConfiguration<ContentFilterConfiguration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ContentFilterConfiguration.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void replacingTheConfigurationIsAnEvent() {
        ContentFilterSettings settings = Settings.all(Sensitivity.HIGH);
        fixture.givenNoPriorActivity()
                .when(new ReplaceContentFilterSettingsCommand(ID, settings))
                .expectEvents(new ContentFilterSettingsReplacedEvent(ID, settings, NOW));
    }

    @Test
    void aBlocklistEntryIsAddedOnTopOfTheDefaults() {
        fixture.givenNoPriorActivity()
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.URL_DOMAIN, " evil.example "))
                .expectEvents(new BlocklistEntryAddedEvent(ID, BlocklistKind.URL_DOMAIN, "evil.example", NOW));
    }

    @Test
    void anEntryAlreadyListedIsAConflict() {
        fixture.given(new BlocklistEntryAddedEvent(ID, BlocklistKind.URL_DOMAIN, "evil.example", NOW))
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.URL_DOMAIN, "EVIL.example"))
                .expectNoEvents()
                .expectException(conflict("blocklist-entry-exists"));
        fixture.givenNoPriorActivity()
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.WORD, "shit"))
                .expectNoEvents()
                .expectException(conflict("blocklist-entry-exists"));
    }

    @Test
    void aReplacementDropsEntriesAddedBefore() {
        fixture.given(
                        new BlocklistEntryAddedEvent(ID, BlocklistKind.WORD, "grr", NOW),
                        new ContentFilterSettingsReplacedEvent(ID, ContentFilterSettings.defaults(), NOW))
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.WORD, "grr"))
                .expectEvents(new BlocklistEntryAddedEvent(ID, BlocklistKind.WORD, "grr", NOW));
    }

    @Test
    void listsAreBoundedAndDomainsMustBeDomains() {
        List<String> tooMany = Collections.nCopies(ContentFilterSettings.MAX_ENTRIES + 1, "word");
        fixture.givenNoPriorActivity()
                .when(new ReplaceContentFilterSettingsCommand(
                        ID, Settings.lists(tooMany, List.of(), List.of(), List.of())))
                .expectNoEvents()
                .expectException(invalid("invalid-filter-settings"));
        fixture.givenNoPriorActivity()
                .when(new ReplaceContentFilterSettingsCommand(
                        ID, Settings.lists(List.of(), List.of("not a domain/"), List.of(), List.of())))
                .expectNoEvents()
                .expectException(invalid("invalid-filter-settings"));
        fixture.givenNoPriorActivity()
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.WORD, "x".repeat(101)))
                .expectNoEvents()
                .expectException(invalid("invalid-filter-settings"));
    }

    @Test
    void thereIsOneConfigurationOnly() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceContentFilterSettingsCommand("other", Settings.defaults()))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.NOT_FOUND, "not-found"));
        fixture.givenNoPriorActivity()
                .when(new AddBlocklistEntryCommand("other", BlocklistKind.WORD, "grr"))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.NOT_FOUND, "not-found"));
    }

    private static ContentFilterSettings withWords(int count) {
        List<String> words = IntStream.range(0, count).mapToObj(i -> "w" + i).toList();
        return Settings.lists(words, List.of(), List.of(), List.of());
    }

    @Test
    void aFullBlocklistTakesNoMoreEntriesOfItsKind() {
        fixture.given(new ContentFilterSettingsReplacedEvent(ID, withWords(ContentFilterSettings.MAX_ENTRIES - 1), NOW))
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.WORD, "grr"))
                .expectEvents(new BlocklistEntryAddedEvent(ID, BlocklistKind.WORD, "grr", NOW));
        fixture.given(new ContentFilterSettingsReplacedEvent(ID, withWords(ContentFilterSettings.MAX_ENTRIES), NOW))
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.WORD, "grr"))
                .expectNoEvents()
                .expectException(conflict("blocklist-full"));
        fixture.given(new ContentFilterSettingsReplacedEvent(ID, withWords(ContentFilterSettings.MAX_ENTRIES), NOW))
                .when(new AddBlocklistEntryCommand(ID, BlocklistKind.URL_DOMAIN, "evil.example"))
                .expectEvents(new BlocklistEntryAddedEvent(ID, BlocklistKind.URL_DOMAIN, "evil.example", NOW));
    }
}
