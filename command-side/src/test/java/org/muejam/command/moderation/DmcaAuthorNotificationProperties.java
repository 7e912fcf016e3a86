package org.muejam.command.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.DecideDmcaTakedownCommand;
import org.muejam.shared.moderation.DmcaDecision;
import org.muejam.shared.moderation.DmcaTakedownApprovedEvent;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;

/**
 * Property 26: DMCA Takedown Author Notification. For any notice about any kind of content and any sequence of
 * agents' decisions and counter-notices (by the author or anyone else, in any order, repeated), every approved
 * takedown produces exactly one notification of the content's author, carrying the claim's description and the
 * counter-notice route, and a notice that was never approved notifies nobody. The notifications are those the mail
 * adapter sends: a pure function of the notice's events.
 */
class DmcaAuthorNotificationProperties {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String ID = "dmca:0b6c5d1e-0000-4000-8000-000000000026";
    private static final String AUTHOR = "author-26";
    private static final String URL = "https://muejam.example";

    /** One step: an agent's decision (APPROVE or REJECT), or a counter-notice by the author or a stranger. */
    record Step(int kind, boolean byAuthor) {}

    record Notice(ContentType type, String description) {}

    @Property(tries = 100)
    void everyApprovedTakedownNotifiesItsAuthorExactlyOnce(
            @ForAll("notices") Notice notice, @ForAll("steps") List<Step> steps) {
        List<Object> history = new ArrayList<>();
        RecordingEffects effects = new RecordingEffects();
        String contentId = notice.type().slug() + ":0b6c5d1e-0000-4000-8000-0000000000aa";
        String storyId = notice.type() == ContentType.CHAPTER ? "story:0b6c5d1e-0000-4000-8000-0000000000bb" : null;
        history.addAll(run(
                fixture(effects).givenNoPriorActivity(),
                new SubmitDmcaTakedownCommand(
                        ID,
                        "Holder",
                        "holder@example.org",
                        null,
                        null,
                        notice.description(),
                        URL + "/x/" + contentId,
                        true,
                        true,
                        "Holder",
                        notice.type(),
                        contentId,
                        storyId,
                        AUTHOR)));
        boolean approved = false;
        boolean decided = false;
        for (Step step : steps) {
            Object command = switch (step.kind()) {
                case 0 -> new DecideDmcaTakedownCommand(ID, DmcaDecision.APPROVE, UserId.of("agent"), null);
                case 1 -> new DecideDmcaTakedownCommand(ID, DmcaDecision.REJECT, UserId.of("agent"), "no");
                default ->
                    new FileDmcaCounterNoticeCommand(
                            ID, UserId.of(step.byAuthor() ? AUTHOR : "stranger"), "mistake", "sig");
            };
            if (step.kind() <= 1 && !decided) {
                decided = true;
                approved = step.kind() == 0;
            }
            history.addAll(run(fixture(effects).given(history), command));
        }

        List<DmcaNotifications.Notification> notifications = DmcaNotifications.toAuthors(history, URL);
        assertThat(notifications).hasSize(approved ? 1 : 0);
        assertThat(effects.calls).hasSize(notifications.size());
        assertThat(history.stream().filter(DmcaTakedownApprovedEvent.class::isInstance))
                .hasSize(notifications.size());
        for (DmcaNotifications.Notification sent : notifications) {
            assertThat(sent.userId()).isEqualTo(AUTHOR);
            assertThat(sent.email()).isNull();
            assertThat(sent.text())
                    .contains(notice.description())
                    .contains(contentId)
                    .contains("/api/dmca/takedowns/" + ID + "/counter-notice");
        }
    }

    private static List<Object> run(org.axonframework.test.aggregate.TestExecutor<DmcaTakedown> given, Object command) {
        List<Object> produced = new ArrayList<>();
        given.when(command).expectEventsMatching(new BaseMatcher<List<? super EventMessage<?>>>() {
            @Override
            public boolean matches(Object actual) {
                for (Object event : (List<?>) actual) {
                    produced.add(((EventMessage<?>) event).getPayload());
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        });
        return produced;
    }

    private static FixtureConfiguration<DmcaTakedown> fixture(ModerationEffects effects) {
        FixtureConfiguration<DmcaTakedown> fixture = new AggregateTestFixture<>(DmcaTakedown.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(effects);
        fixture.registerInjectableResource(new DmcaRestoreWait(DmcaRestoreWait.DEFAULT));
        return fixture;
    }

    @Provide
    Arbitrary<Notice> notices() {
        return Combinators.combine(
                        Arbitraries.of(
                                ContentType.STORY, ContentType.CHAPTER, ContentType.COMMENT, ContentType.WHISPER),
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars(' ', '\'', '"', '%')
                                .ofMinLength(1)
                                .ofMaxLength(200)
                                .filter(s -> !s.isBlank())
                                .map(String::strip))
                .as(Notice::new);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as(Step::new)
                .list()
                .ofMaxSize(8);
    }
}
