package org.muejam.command.content.media;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.DeleteImageCommand;
import org.muejam.shared.content.ImageDeletedEvent;
import org.muejam.shared.content.ImageMarkedNsfwEvent;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageRendition;
import org.muejam.shared.content.ImageUploadedEvent;
import org.muejam.shared.content.MarkImageNsfwCommand;
import org.muejam.shared.content.ModerationLabel;
import org.muejam.shared.content.UploadImageCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.OverrideImageNsfwCommand;

/** Specification of an uploaded image: NSFW when its creator, moderation, or a moderation outage says so. */
class ImageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UserId OWNER = UserId.of("author-1");
    private static final List<ImageRendition> RENDITIONS = List.of(
            new ImageRendition("full", "images/img-1/full.jpg", "image/jpeg", 1600, 900, 120_000),
            new ImageRendition("thumbnail", "images/img-1/thumbnail.jpg", "image/jpeg", 400, 225, 12_000));
    private static final List<ModerationLabel> EXPLICIT = List.of(new ModerationLabel("Explicit Nudity", "", 93.5));

    private FixtureConfiguration<Image> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Image.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCleanImageIsNotNsfw() {
        fixture.givenNoPriorActivity()
                .when(upload(false, ImageModerationStatus.CLEAR, List.of()))
                .expectEvents(uploaded(false, false, ImageModerationStatus.CLEAR, List.of()));
    }

    @Test
    void anImageModerationFlagsIsNsfwWithTheLabelsKept() {
        fixture.givenNoPriorActivity()
                .when(upload(false, ImageModerationStatus.FLAGGED, EXPLICIT))
                .expectEvents(uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT));
    }

    @Test
    void anImageModerationCouldNotJudgeCountsAsNsfwUntilReviewed() {
        fixture.givenNoPriorActivity()
                .when(upload(false, ImageModerationStatus.PENDING, List.of()))
                .expectEvents(uploaded(true, false, ImageModerationStatus.PENDING, List.of()));
    }

    @Test
    void theCreatorsMarkMakesAnImageNsfwWhateverModerationSaid() {
        fixture.givenNoPriorActivity()
                .when(upload(true, ImageModerationStatus.OFF, List.of()))
                .expectEvents(uploaded(true, true, ImageModerationStatus.OFF, List.of()));
    }

    @Test
    void anImageWithoutRenditionsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new UploadImageCommand("img-1", OWNER, List.of(), false, ImageModerationStatus.OFF, List.of()))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void theCreatorMayMarkTheirImageNsfwLater() {
        fixture.given(uploaded(false, false, ImageModerationStatus.CLEAR, List.of()))
                .when(new MarkImageNsfwCommand("img-1", OWNER))
                .expectEvents(new ImageMarkedNsfwEvent("img-1", OWNER, NOW));
    }

    @Test
    void markingAnImageAlreadyNsfwStoresNothing() {
        fixture.given(uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT))
                .when(new MarkImageNsfwCommand("img-1", OWNER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void nobodyButTheCreatorMayMarkAnImage() {
        fixture.given(uploaded(false, false, ImageModerationStatus.CLEAR, List.of()))
                .when(new MarkImageNsfwCommand("img-1", UserId.of("someone-else")))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aModeratorOverridesTheClassificationEitherWayWithAReason() {
        UserId mod = UserId.of("mod-1");
        fixture.given(uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT))
                .when(new OverrideImageNsfwCommand("img-1", false, mod, " a painting "))
                .expectEvents(
                        new NsfwOverriddenEvent("image", "img-1", OWNER.value(), false, "mod-1", "a painting", NOW));
        fixture.given(uploaded(false, false, ImageModerationStatus.CLEAR, List.of()))
                .when(new OverrideImageNsfwCommand("img-1", true, mod, "nudity"))
                .expectEvents(new NsfwOverriddenEvent("image", "img-1", OWNER.value(), true, "mod-1", "nudity", NOW));
        fixture.given(uploaded(true, true, ImageModerationStatus.CLEAR, List.of()))
                .when(new OverrideImageNsfwCommand("img-1", true, mod, "nudity"))
                .expectNoEvents();
        fixture.given(
                        uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT),
                        new NsfwOverriddenEvent("image", "img-1", OWNER.value(), false, "mod-1", "ok", NOW))
                .when(new OverrideImageNsfwCommand("img-1", false, mod, "again"))
                .expectNoEvents();
        fixture.given(uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT))
                .when(new OverrideImageNsfwCommand("img-1", false, mod, " "))
                .expectException(DomainRuleViolation.class);
        fixture.given(uploaded(true, false, ImageModerationStatus.FLAGGED, EXPLICIT))
                .when(new OverrideImageNsfwCommand("img-1", false, null, "x"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void deletingAnImageStoresItsDeletionOnceAndAnswersItsBlobKeysEveryTime() {
        List<String> keys = RENDITIONS.stream().map(ImageRendition::key).toList();
        fixture.given(uploaded(false, false, ImageModerationStatus.CLEAR, List.of()))
                .when(new DeleteImageCommand("img-1", "account erased"))
                .expectEvents(new ImageDeletedEvent("img-1", OWNER, "account erased", NOW))
                .expectResultMessagePayload(keys);
    }

    @Test
    void deletingADeletedImageAgainStoresNothingAndAnswersTheSameKeys() {
        fixture.given(
                        uploaded(false, false, ImageModerationStatus.CLEAR, List.of()),
                        new ImageDeletedEvent("img-1", OWNER, "account erased", NOW))
                .when(new DeleteImageCommand("img-1", "account erased"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(
                        RENDITIONS.stream().map(ImageRendition::key).toList());
    }

    private static UploadImageCommand upload(
            boolean marked, ImageModerationStatus moderation, List<ModerationLabel> labels) {
        return new UploadImageCommand("img-1", OWNER, RENDITIONS, marked, moderation, labels);
    }

    private static ImageUploadedEvent uploaded(
            boolean nsfw, boolean marked, ImageModerationStatus moderation, List<ModerationLabel> labels) {
        return new ImageUploadedEvent("img-1", OWNER, RENDITIONS, nsfw, marked, moderation, labels, NOW);
    }
}
