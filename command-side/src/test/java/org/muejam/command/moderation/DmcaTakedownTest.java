package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.Violations;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.DecideDmcaTakedownCommand;
import org.muejam.shared.moderation.DmcaContentRestoredEvent;
import org.muejam.shared.moderation.DmcaCounterNoticeFiledEvent;
import org.muejam.shared.moderation.DmcaCourtActionReportedEvent;
import org.muejam.shared.moderation.DmcaDecision;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;
import org.muejam.shared.moderation.DmcaTakedownRejectedEvent;
import org.muejam.shared.moderation.DmcaTakedownSubmittedEvent;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.ReportDmcaCourtActionCommand;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;

/**
 * Specification of a DMCA notice: complete or refused, decided once, counter-noticed once by the author alone, and
 * then restored when the waiting period ends unless an agent recorded the claimant's court action.
 */
class DmcaTakedownTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final String ID = "dmca:0b6c5d1e-0000-4000-8000-000000000001";
    static final String STORY = "story:0b6c5d1e-0000-4000-8000-0000000000aa";
    static final String CHAPTER = "chapter:0b6c5d1e-0000-4000-8000-0000000000bb";
    static final String AUTHOR = "author-1";
    static final UserId AGENT = UserId.of("agent-1");
    static final String URL = "https://muejam.example/stories/" + STORY;

    private FixtureConfiguration<DmcaTakedown> fixture;
    private RecordingEffects effects;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DmcaTakedown.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        effects = new RecordingEffects();
        fixture.registerInjectableResource(effects);
        fixture.registerInjectableResource(new DmcaRestoreWait(DmcaRestoreWait.DEFAULT));
    }

    static SubmitDmcaTakedownCommand notice(ContentType type, String contentId, String storyId) {
        return new SubmitDmcaTakedownCommand(
                ID,
                " Holder Ltd ",
                "legal@holder.example",
                "1 Main St",
                null,
                "My novel, chapter 3",
                URL,
                true,
                true,
                "Jane Holder",
                type,
                contentId,
                storyId,
                AUTHOR);
    }

    static DmcaTakedownSubmittedEvent submitted(ContentType type, String contentId, String storyId) {
        return new DmcaTakedownSubmittedEvent(
                ID,
                "Holder Ltd",
                "legal@holder.example",
                "1 Main St",
                null,
                "My novel, chapter 3",
                URL,
                true,
                true,
                "Jane Holder",
                type,
                contentId,
                storyId,
                AUTHOR,
                NOW.minusSeconds(60));
    }

    static DmcaTakedownApprovedEvent approved() {
        return new DmcaTakedownApprovedEvent(
                ID, ContentType.STORY, STORY, null, AUTHOR, "My novel, chapter 3", URL, "agent-1", null, NOW);
    }

    private static Matcher<Throwable> violation(DomainRuleViolation.Kind kind, String type) {
        return Violations.violation(kind, type);
    }

    @Test
    void aCompleteNoticeIsReceivedPending() {
        fixture.givenNoPriorActivity()
                .when(notice(ContentType.STORY, STORY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DmcaTakedownSubmittedEvent(
                        ID,
                        "Holder Ltd",
                        "legal@holder.example",
                        "1 Main St",
                        null,
                        "My novel, chapter 3",
                        URL,
                        true,
                        true,
                        "Jane Holder",
                        ContentType.STORY,
                        STORY,
                        null,
                        AUTHOR,
                        NOW));
    }

    @Test
    void aNoticeMissingStatutoryElementsIsRefusedNamingEachOfThem() {
        SubmitDmcaTakedownCommand empty = new SubmitDmcaTakedownCommand(
                ID, " ", null, "1 Main St", null, "", null, false, null, null, ContentType.STORY, STORY, null, AUTHOR);
        fixture.givenNoPriorActivity()
                .when(empty)
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.INVALID, DmcaNoticePolicy.INCOMPLETE));
        try {
            DmcaNoticePolicy.requireComplete(empty);
        } catch (DomainRuleViolation refusal) {
            assertThat(refusal.fieldErrors().keySet())
                    .containsExactly(
                            "copyrightHolder",
                            "contact.email",
                            "workDescription",
                            "infringingUrl",
                            "goodFaithStatement",
                            "accuracyStatement",
                            "signature");
            return;
        }
        throw new AssertionError("refused");
    }

    @Test
    void aNoticeAboutNoContentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(notice(null, null, null))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "infringing-url-unknown"));
    }

    @Test
    void anApprovalTakesTheContentDownAndIsRecorded() {
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, AGENT, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(approved());
        assertThat(effects.calls)
                .containsExactly("takeDown STORY " + STORY + " HIDE agent-1 DMCA takedown notice " + ID);
    }

    @Test
    void aChapterNoticeTakesItsStoryDown() {
        fixture.given(submitted(ContentType.CHAPTER, CHAPTER, STORY))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, AGENT, "clear copy"))
                .expectEvents(new DmcaTakedownApprovedEvent(
                        ID,
                        ContentType.CHAPTER,
                        CHAPTER,
                        STORY,
                        AUTHOR,
                        "My novel, chapter 3",
                        URL,
                        "agent-1",
                        "clear copy",
                        NOW));
        assertThat(effects.calls)
                .containsExactly(
                        "takeDown STORY " + STORY + " HIDE agent-1 DMCA takedown notice " + ID + ": clear copy");
    }

    @Test
    void aRejectionTakesNothingDown() {
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.REJECT, AGENT, "fair use"))
                .expectEvents(new DmcaTakedownRejectedEvent(ID, "agent-1", "fair use", NOW));
        assertThat(effects.calls).isEmpty();
    }

    @Test
    void aNoticeIsDecidedOnce() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.REJECT, AGENT, null))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.CONFLICT, "takedown-already-decided"));
        fixture.given(submitted(ContentType.STORY, STORY, null), new DmcaTakedownRejectedEvent(ID, "a", null, NOW))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, AGENT, null))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.CONFLICT, "takedown-already-decided"));
        assertThat(effects.calls).isEmpty();
    }

    @Test
    void aDecisionNeedsADecisionAndAnAgentAndABoundedReason() {
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new DecideDmcaTakedownCommand(ID, null, AGENT, null))
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "invalid-decision"));
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, null, null))
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "agent-required"));
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, AGENT, "x".repeat(1001)))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "reason-too-long"));
    }

    @Test
    void theAuthorFilesOneCounterNoticeOnAnApprovedNotice() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .when(new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), " It is my own work ", "A. Author"))
                .expectEvents(
                        new DmcaCounterNoticeFiledEvent(ID, UserId.of(AUTHOR), "It is my own work", "A. Author", NOW));
        fixture.given(
                        submitted(ContentType.STORY, STORY, null),
                        approved(),
                        new DmcaCounterNoticeFiledEvent(ID, UserId.of(AUTHOR), "mine", "A", NOW))
                .when(new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), "again", "A"))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.CONFLICT, "counter-notice-filed"));
    }

    @Test
    void nobodyButTheAuthorCounterNotices() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .when(new FileDmcaCounterNoticeCommand(ID, UserId.of("someone-else"), "mine", "S"))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.NOT_FOUND, "takedown-not-found"));
    }

    @Test
    void aCounterNoticeNeedsAnApprovedNoticeAndItsElements() {
        fixture.given(submitted(ContentType.STORY, STORY, null))
                .when(new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), "mine", "A"))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.CONFLICT, "takedown-not-approved"));
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .when(new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), " ", null))
                .expectNoEvents()
                .expectException(
                        violation(DomainRuleViolation.Kind.INVALID, DmcaNoticePolicy.COUNTER_NOTICE_INCOMPLETE));
    }

    /** NOW is a Sunday: twelve business days on is the Tuesday two weeks and two days later, at the same time. */
    static final Instant RESTORE_AT = Instant.parse("2026-03-17T09:00:00Z");

    static DmcaCounterNoticeFiledEvent counterNoticed() {
        return new DmcaCounterNoticeFiledEvent(ID, UserId.of(AUTHOR), "mine", "A", NOW);
    }

    static FileDmcaCounterNoticeCommand counterNotice() {
        return new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), "mine", "A");
    }

    @Test
    void aCounterNoticeSetsTheRestoreTwelveBusinessDaysOn() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .when(counterNotice())
                .expectScheduledDeadlineWithName(RESTORE_AT, DmcaTakedown.RESTORE)
                .expectScheduledDeadline(RESTORE_AT, new DmcaTakedown.Restore(ID));
    }

    @Test
    void theContentStaysDownUntilTheWaitEnds() {
        // the fixture's own time starts where the aggregate's clock stands
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .andGivenCurrentTime(NOW)
                .andGivenCommands(counterNotice())
                .whenTimeElapses(Duration.ofDays(16).minusSeconds(1))
                .expectNoEvents();
        assertThat(effects.calls).isEmpty();
    }

    @Test
    void withoutACourtActionTheContentComesBackWhenTheWaitEnds() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .andGivenCurrentTime(NOW)
                .andGivenCommands(counterNotice())
                .whenTimeElapses(Duration.ofDays(16))
                .expectDeadlinesMet(new DmcaTakedown.Restore(ID))
                .expectEvents(new DmcaContentRestoredEvent(ID, ContentType.STORY, STORY, null, AUTHOR, NOW));
        assertThat(effects.calls)
                .containsExactly("takeDown STORY " + STORY + " REINSTATE system DMCA notice " + ID
                        + ": counter-notice stood, no court action reported");
    }

    @Test
    void aRestoredChapterNoticeBringsItsStoryBack() {
        fixture.given(submitted(ContentType.CHAPTER, CHAPTER, STORY), approvedChapter())
                .andGivenCurrentTime(NOW)
                .andGivenCommands(counterNotice())
                .whenTimeElapses(Duration.ofDays(16))
                .expectEvents(new DmcaContentRestoredEvent(ID, ContentType.CHAPTER, CHAPTER, STORY, AUTHOR, NOW));
        assertThat(effects.calls).singleElement().asString().startsWith("takeDown STORY " + STORY + " REINSTATE");
    }

    @Test
    void aCourtActionKeepsTheContentDown() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .andGivenCommands(counterNotice())
                .when(new ReportDmcaCourtActionCommand(ID, AGENT, " case 1:26-cv-00042 "))
                .expectEvents(new DmcaCourtActionReportedEvent(ID, "agent-1", "case 1:26-cv-00042", NOW))
                .expectNoScheduledDeadlines();
        fixture.given(submitted(ContentType.STORY, STORY, null), approved())
                .andGivenCommands(counterNotice(), new ReportDmcaCourtActionCommand(ID, AGENT, null))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents();
        assertThat(effects.calls).isEmpty();
    }

    @Test
    void aCourtActionIsRecordedOnACounterNoticedNoticeOnly() {
        for (Object[] given : new Object[][] {
            {submitted(ContentType.STORY, STORY, null)},
            {submitted(ContentType.STORY, STORY, null), approved()},
            {submitted(ContentType.STORY, STORY, null), new DmcaTakedownRejectedEvent(ID, "a", null, NOW)},
            {submitted(ContentType.STORY, STORY, null), approved(), counterNoticed(), courtAction()},
            {submitted(ContentType.STORY, STORY, null), approved(), counterNoticed(), restored()}
        }) {
            fixture.given(given)
                    .when(new ReportDmcaCourtActionCommand(ID, AGENT, null))
                    .expectNoEvents()
                    .expectException(violation(DomainRuleViolation.Kind.CONFLICT, "takedown-not-counter-noticed"));
        }
    }

    @Test
    void aCourtActionNeedsAnAgentAndABoundedNote() {
        fixture.given(submitted(ContentType.STORY, STORY, null), approved(), counterNoticed())
                .when(new ReportDmcaCourtActionCommand(ID, null, null))
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "agent-required"));
        fixture.given(submitted(ContentType.STORY, STORY, null), approved(), counterNoticed())
                .when(new ReportDmcaCourtActionCommand(ID, AGENT, "x".repeat(1001)))
                .expectNoEvents()
                .expectException(violation(DomainRuleViolation.Kind.INVALID, "reason-too-long"));
        fixture.given(submitted(ContentType.STORY, STORY, null), approved(), counterNoticed())
                .when(new ReportDmcaCourtActionCommand(ID, AGENT, "  "))
                .expectEvents(new DmcaCourtActionReportedEvent(ID, "agent-1", null, NOW));
    }

    @Test
    void aRestoreDeadlineFindingTheNoticeNoLongerCounterNoticedDoesNothing() {
        for (Object last : new Object[] {courtAction(), restored()}) {
            DmcaTakedown takedown = new DmcaTakedown();
            takedown.on(submitted(ContentType.STORY, STORY, null));
            takedown.on(approved());
            takedown.on(counterNoticed());
            if (last instanceof DmcaCourtActionReportedEvent court) {
                takedown.on(court);
            } else {
                takedown.on((DmcaContentRestoredEvent) last);
            }
            RecordingEffects unused = new RecordingEffects();
            takedown.restore(new DmcaTakedown.Restore(ID), Clock.fixed(NOW, ZoneOffset.UTC), unused);
            assertThat(unused.calls).isEmpty();
        }
    }

    private static DmcaTakedownApprovedEvent approvedChapter() {
        return new DmcaTakedownApprovedEvent(
                ID, ContentType.CHAPTER, CHAPTER, STORY, AUTHOR, "My novel, chapter 3", URL, "agent-1", null, NOW);
    }

    private static DmcaCourtActionReportedEvent courtAction() {
        return new DmcaCourtActionReportedEvent(ID, "agent-1", null, NOW);
    }

    private static DmcaContentRestoredEvent restored() {
        return new DmcaContentRestoredEvent(ID, ContentType.STORY, STORY, null, AUTHOR, NOW);
    }

    @Test
    void aCounterNoticeWithoutItsStatementOrSignatureNamesBothMissingElements() {
        assertThatThrownBy(() -> DmcaNoticePolicy.requireComplete(
                        new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), " ", null)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo(DmcaNoticePolicy.COUNTER_NOTICE_INCOMPLETE);
                    assertThat(refusal.fieldErrors()).containsOnlyKeys("statement", "signature");
                });
        assertThatThrownBy(() -> DmcaNoticePolicy.requireComplete(
                        new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), "mine", "")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.fieldErrors()).containsOnlyKeys("signature"));
        DmcaNoticePolicy.requireComplete(new FileDmcaCounterNoticeCommand(ID, UserId.of(AUTHOR), "mine", "A"));
    }
}
