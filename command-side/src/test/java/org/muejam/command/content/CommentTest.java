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
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.PostCommentCommand;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.UserId;

/** Specification of a comment: posted on a target, answering a parent or not, its findings beside it. */
class CommentTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:15:30Z");
    private static final String COMMENT = "comment:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String PARENT = "comment:6f1c2d3e-1111-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String STORY = "story:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId READER = UserId.of("reader-1");

    private FixtureConfiguration<Comment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Comment.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCommentAnswersItsParentWithItsFindingsBesideIt() {
        ScreeningFinding hate = new ScreeningFinding("hate-speech", "slur", "HIGH", "lexicon hit");
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(
                        COMMENT, ContentType.STORY, STORY, PARENT, READER, " Lovely ", List.of(hate)))
                .expectEvents(
                        new CommentPostedEvent(
                                COMMENT, ContentType.STORY, STORY, PARENT, READER.value(), "Lovely", NOW),
                        new ContentFlaggedEvent(ContentType.COMMENT, COMMENT, READER.value(), hate, NOW));
    }

    @Test
    void anEmptyOrTooLongCommentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(COMMENT, ContentType.STORY, STORY, null, READER, " ", List.of()))
                .expectException(violation(Kind.INVALID, "empty-content"));
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(
                        COMMENT, ContentType.STORY, STORY, null, READER, "x".repeat(5_001), List.of()))
                .expectException(violation(Kind.INVALID, "too-long"));
    }

    @Test
    void aCommentIsNotPostedOnACommentDirectly() {
        fixture.givenNoPriorActivity()
                .when(new PostCommentCommand(COMMENT, ContentType.COMMENT, PARENT, null, READER, "hi", List.of()))
                .expectException(violation(Kind.INVALID, "invalid-comment-target"));
    }
}
