package org.muejam.command.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.command.testing.InMemoryReadingListQuota;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.AddStoryToReadingListCommand;
import org.muejam.shared.reading.CreateReadingListCommand;
import org.muejam.shared.reading.DeleteReadingListCommand;
import org.muejam.shared.reading.ReadingListCreatedEvent;
import org.muejam.shared.reading.ReadingListDeletedEvent;
import org.muejam.shared.reading.ReadingListStoryAddedEvent;
import org.muejam.shared.reading.ReadingListStoryRemovedEvent;
import org.muejam.shared.reading.ReadingListUpdatedEvent;
import org.muejam.shared.reading.RemoveStoryFromReadingListCommand;
import org.muejam.shared.reading.UpdateReadingListCommand;

/** Specification of a reading list: its owner's alone, bounded, and silent about commands that change nothing. */
class ReadingListTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(3_600);
    private static final String LIST = "list:0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f";
    private static final String STORY = "story:1c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId OWNER = UserId.of("owner-1");
    private static final UserId OTHER = UserId.of("other-2");
    private static final ScreeningFinding HATE = new ScreeningFinding("hate-speech", "slur", "HIGH", "a word");

    private final InMemoryReadingListQuota quota = new InMemoryReadingListQuota();
    private FixtureConfiguration<ReadingList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReadingList.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(quota);
    }

    private static ReadingListCreatedEvent created(boolean isPublic) {
        return new ReadingListCreatedEvent(LIST, OWNER.value(), "Sea tales", "", isPublic, EARLIER);
    }

    @Test
    void aListIsCreatedWithItsFindingsAndTakesAQuotaSlot() {
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, " Sea tales ", " Salt ", true, List.of(HATE)))
                .expectEvents(
                        new ReadingListCreatedEvent(LIST, OWNER.value(), "Sea tales", "Salt", true, NOW),
                        new ContentFlaggedEvent(ContentType.READING_LIST, LIST, OWNER.value(), HATE, NOW));
        assertThat(quota.held(OWNER)).isEqualTo(1);
    }

    @Test
    void aPrivateListWithoutDescriptionOrFlagsIsOneEvent() {
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, "Mine", null, false, null))
                .expectEvents(new ReadingListCreatedEvent(LIST, OWNER.value(), "Mine", "", false, NOW));
    }

    @Test
    void theHundredAndFirstListIsRefusedAndTakesNothing() {
        quota.holding(OWNER, ReadingListPolicy.MAX_LISTS);
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, "One more", "", false, List.of()))
                .expectNoEvents()
                .expectException(violation(Kind.INVALID, "too-many-reading-lists"));
        assertThat(quota.held(OWNER)).isEqualTo(ReadingListPolicy.MAX_LISTS);
    }

    @Test
    void malformedIdsMissingOwnersAndBadNamesAreRefusedBeforeASlotIsTaken() {
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand("list:nope", OWNER, "x", "", false, List.of()))
                .expectException(violation(Kind.INVALID, "invalid-reading-list-id"));
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, null, "x", "", false, List.of()))
                .expectException(violation(Kind.INVALID, "owner-required"));
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, "  ", "", false, List.of()))
                .expectException(violation(Kind.INVALID, "empty-name"));
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, "n".repeat(101), "", false, List.of()))
                .expectException(violation(Kind.INVALID, "too-long"));
        fixture.givenNoPriorActivity()
                .when(new CreateReadingListCommand(LIST, OWNER, "n".repeat(100), "d".repeat(1_001), false, List.of()))
                .expectException(violation(Kind.INVALID, "too-long"));
        assertThat(quota.held(OWNER)).isZero();
    }

    @Test
    void theOwnerUpdatesTheListAndTheSameDetailsStoreNothing() {
        fixture.given(created(false))
                .when(new UpdateReadingListCommand(LIST, OWNER, "Sea tales", "Salt", true, List.of(HATE)))
                .expectEvents(
                        new ReadingListUpdatedEvent(LIST, OWNER.value(), "Sea tales", "Salt", true, NOW),
                        new ContentFlaggedEvent(ContentType.READING_LIST, LIST, OWNER.value(), HATE, NOW));
        fixture.given(created(false))
                .when(new UpdateReadingListCommand(LIST, OWNER, " Sea tales ", null, false, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(false), new ReadingListUpdatedEvent(LIST, OWNER.value(), "Shore", "Sand", true, EARLIER))
                .when(new UpdateReadingListCommand(LIST, OWNER, "Shore", "Sand", true, List.of()))
                .expectNoEvents();
        fixture.given(created(false))
                .when(new UpdateReadingListCommand(LIST, OWNER, "Sea tales", "Now described", false, List.of()))
                .expectEvents(
                        new ReadingListUpdatedEvent(LIST, OWNER.value(), "Sea tales", "Now described", false, NOW));
        fixture.given(created(false))
                .when(new UpdateReadingListCommand(LIST, OWNER, "Renamed", "", false, List.of()))
                .expectEvents(new ReadingListUpdatedEvent(LIST, OWNER.value(), "Renamed", "", false, NOW));
    }

    @Test
    void anotherPersonsListIsUnknownToThem() {
        fixture.given(created(true))
                .when(new UpdateReadingListCommand(LIST, OTHER, "Mine now", "", true, List.of()))
                .expectNoEvents()
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(true))
                .when(new AddStoryToReadingListCommand(LIST, OTHER, STORY))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(true))
                .when(new RemoveStoryFromReadingListCommand(LIST, OTHER, STORY))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(true))
                .when(new DeleteReadingListCommand(LIST, null))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
    }

    @Test
    void aStoryIsAddedOnceAndRemovedOnce() {
        fixture.given(created(false))
                .when(new AddStoryToReadingListCommand(LIST, OWNER, STORY))
                .expectEvents(new ReadingListStoryAddedEvent(LIST, STORY, NOW));
        fixture.given(created(false), new ReadingListStoryAddedEvent(LIST, STORY, EARLIER))
                .when(new AddStoryToReadingListCommand(LIST, OWNER, STORY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(false), new ReadingListStoryAddedEvent(LIST, STORY, EARLIER))
                .when(new RemoveStoryFromReadingListCommand(LIST, OWNER, STORY))
                .expectEvents(new ReadingListStoryRemovedEvent(LIST, STORY, NOW));
        fixture.given(
                        created(false),
                        new ReadingListStoryAddedEvent(LIST, STORY, EARLIER),
                        new ReadingListStoryRemovedEvent(LIST, STORY, EARLIER))
                .when(new RemoveStoryFromReadingListCommand(LIST, OWNER, STORY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(created(false))
                .when(new AddStoryToReadingListCommand(LIST, OWNER, "story:nope"))
                .expectException(violation(Kind.INVALID, "invalid-story-id"));
    }

    @Test
    void theFiveHundredAndFirstStoryIsRefusedButARemovalMakesRoom() {
        List<Object> full = new ArrayList<>(List.of(created(false)));
        for (int i = 0; i < ReadingListPolicy.MAX_STORIES; i++) {
            full.add(new ReadingListStoryAddedEvent(LIST, story(i), EARLIER));
        }
        fixture.given(full)
                .when(new AddStoryToReadingListCommand(LIST, OWNER, STORY))
                .expectNoEvents()
                .expectException(violation(Kind.INVALID, "reading-list-full"));
        fixture.given(full)
                .when(new AddStoryToReadingListCommand(LIST, OWNER, story(0)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        List<Object> roomForOne = new ArrayList<>(full);
        roomForOne.add(new ReadingListStoryRemovedEvent(LIST, story(7), EARLIER));
        fixture.given(roomForOne)
                .when(new AddStoryToReadingListCommand(LIST, OWNER, STORY))
                .expectEvents(new ReadingListStoryAddedEvent(LIST, STORY, NOW));
    }

    @Test
    void aDeletedListGivesItsSlotBackAndRefusesEveryLaterCommand() {
        quota.holding(OWNER, 3);
        fixture.given(created(false))
                .when(new DeleteReadingListCommand(LIST, OWNER))
                .expectEvents(new ReadingListDeletedEvent(LIST, OWNER.value(), NOW));
        assertThat(quota.held(OWNER)).isEqualTo(2);

        ReadingListDeletedEvent deleted = new ReadingListDeletedEvent(LIST, OWNER.value(), EARLIER);
        fixture.given(created(false), deleted)
                .when(new DeleteReadingListCommand(LIST, OWNER))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(false), deleted)
                .when(new UpdateReadingListCommand(LIST, OWNER, "Back", "", false, List.of()))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(false), deleted)
                .when(new AddStoryToReadingListCommand(LIST, OWNER, STORY))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        fixture.given(created(false), new ReadingListStoryAddedEvent(LIST, STORY, EARLIER), deleted)
                .when(new RemoveStoryFromReadingListCommand(LIST, OWNER, STORY))
                .expectException(violation(Kind.NOT_FOUND, "reading-list-not-found"));
        assertThat(quota.held(OWNER)).isEqualTo(2);
    }

    private static String story(int i) {
        return String.format("story:00000000-0000-4000-8000-%012d", i);
    }
}
