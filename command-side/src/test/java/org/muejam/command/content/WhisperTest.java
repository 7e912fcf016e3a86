package org.muejam.command.content;

import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.PostWhisperCommand;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.WhisperPostedEvent;
import org.muejam.shared.identity.UserId;

/** Specification of a whisper: a short post with its findings beside it. */
class WhisperTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:15:30Z");
    private static final String WHISPER = "whisper:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId AUTHOR = UserId.of("writer-1");

    private FixtureConfiguration<Whisper> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Whisper.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aWhisperIsPostedWithItsFindings() {
        ScreeningFinding spam = new ScreeningFinding("spam", "links", "MEDIUM", "many links");
        fixture.givenNoPriorActivity()
                .when(new PostWhisperCommand(WHISPER, AUTHOR, " Quiet night ", List.of(spam)))
                .expectEvents(
                        new WhisperPostedEvent(WHISPER, AUTHOR.value(), "Quiet night", NOW),
                        new ContentFlaggedEvent(ContentType.WHISPER, WHISPER, AUTHOR.value(), spam, NOW));
    }

    @Test
    void anEmptyOrTooLongWhisperIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostWhisperCommand(WHISPER, AUTHOR, "", List.of()))
                .expectException(violation(Kind.INVALID, "empty-content"));
        fixture.givenNoPriorActivity()
                .when(new PostWhisperCommand(WHISPER, AUTHOR, "w".repeat(1_001), List.of()))
                .expectException(violation(Kind.INVALID, "too-long"));
    }
}
