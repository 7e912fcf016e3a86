package org.muejam.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryPrivacySettings;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.ChangePrivacySettingsCommand;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.ConsentGivenEvent;
import org.muejam.shared.privacy.ConsentPurpose;
import org.muejam.shared.privacy.ConsentWithdrawnEvent;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.privacy.PrivacySettingsChangedEvent;

/**
 * Specification of a person's privacy settings: every change one event with all settings as they now stand, an
 * optional consent turned is a consent given or withdrawn beside it, and nothing changed stores nothing.
 */
class PersonPrivacyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(3600);
    private static final UserId PERSON = UserId.of("person-1");
    private static final PrivacySettings DEFAULTS = PrivacySettings.DEFAULTS;

    private FixtureConfiguration<PersonPrivacy> fixture;
    private InMemoryPrivacySettings store;

    @BeforeEach
    void setUp() {
        store = new InMemoryPrivacySettings();
        fixture = new AggregateTestFixture<>(PersonPrivacy.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(store);
    }

    private static ChangePrivacySettingsCommand change(
            Audience profile,
            Audience history,
            Boolean analyticsOptOut,
            Boolean marketing,
            CommentPermission comments,
            Boolean approval) {
        return new ChangePrivacySettingsCommand(
                PERSON, profile, history, analyticsOptOut, marketing, comments, approval);
    }

    @Test
    void aFirstChangeIsComparedWithTheDefaultsAndNamesWhatChanged() {
        PrivacySettings expected = new PrivacySettings(
                Audience.FOLLOWERS, Audience.PRIVATE, false, false, CommentPermission.EVERYONE, false);
        fixture.givenNoPriorActivity()
                .when(change(Audience.FOLLOWERS, null, null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PrivacySettingsChangedEvent(PERSON, expected, List.of("profileVisibility"), NOW))
                .expectResultMessagePayload(expected);
        assertThat(store.settingsOf(PERSON)).isEqualTo(expected);
    }

    @Test
    void aChangeToTheDefaultsAsTheyStandStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(change(Audience.PUBLIC, Audience.PRIVATE, false, false, CommentPermission.EVERYONE, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(DEFAULTS);
        assertThat(store.settingsOf(PERSON)).isSameAs(DEFAULTS);
    }

    @Test
    void anEmptyChangeStoresNothing() {
        PrivacySettings current =
                new PrivacySettings(Audience.PRIVATE, Audience.PUBLIC, true, true, CommentPermission.NOBODY, true);
        fixture.given(new PrivacySettingsChangedEvent(PERSON, current, List.of("profileVisibility"), EARLIER))
                .when(change(null, null, null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(current);
    }

    @Test
    void givingMarketingMailIsAConsentGivenBesideTheChange() {
        PrivacySettings expected =
                new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, false, true, CommentPermission.EVERYONE, false);
        fixture.givenNoPriorActivity()
                .when(change(null, null, null, true, null, null))
                .expectEvents(
                        new PrivacySettingsChangedEvent(PERSON, expected, List.of("marketingEmails"), NOW),
                        new ConsentGivenEvent(PERSON, ConsentPurpose.MARKETING, NOW));
    }

    @Test
    void optingOutOfAnalyticsWithdrawsItsConsentAndOptingInGivesItAgain() {
        PrivacySettings optedOut =
                new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, true, false, CommentPermission.EVERYONE, false);
        fixture.givenNoPriorActivity()
                .when(change(null, null, true, null, null, null))
                .expectEvents(
                        new PrivacySettingsChangedEvent(PERSON, optedOut, List.of("analyticsOptOut"), NOW),
                        new ConsentWithdrawnEvent(PERSON, ConsentPurpose.ANALYTICS, NOW));
        fixture.given(new PrivacySettingsChangedEvent(PERSON, optedOut, List.of("analyticsOptOut"), EARLIER))
                .when(change(null, null, false, null, null, null))
                .expectEvents(
                        new PrivacySettingsChangedEvent(PERSON, DEFAULTS, List.of("analyticsOptOut"), NOW),
                        new ConsentGivenEvent(PERSON, ConsentPurpose.ANALYTICS, NOW));
    }

    @Test
    void aFullChangeNamesEverySettingAndTurnsBothConsentsInOrder() {
        PrivacySettings all =
                new PrivacySettings(Audience.PRIVATE, Audience.FOLLOWERS, true, true, CommentPermission.NOBODY, true);
        fixture.givenNoPriorActivity()
                .when(change(Audience.PRIVATE, Audience.FOLLOWERS, true, true, CommentPermission.NOBODY, true))
                .expectEvents(
                        new PrivacySettingsChangedEvent(
                                PERSON,
                                all,
                                List.of(
                                        "profileVisibility",
                                        "readingHistoryVisibility",
                                        "analyticsOptOut",
                                        "marketingEmails",
                                        "commentPermission",
                                        "followerApprovalRequired"),
                                NOW),
                        new ConsentWithdrawnEvent(PERSON, ConsentPurpose.ANALYTICS, NOW),
                        new ConsentGivenEvent(PERSON, ConsentPurpose.MARKETING, NOW));
        assertThat(store.settingsOf(PERSON)).isEqualTo(all);
    }

    @Test
    void aChangeBuildsOnTheLastOneAndKeepsWhatItLeavesOut() {
        PrivacySettings before =
                new PrivacySettings(Audience.PRIVATE, Audience.FOLLOWERS, true, true, CommentPermission.NOBODY, true);
        PrivacySettings after = new PrivacySettings(
                Audience.PRIVATE, Audience.FOLLOWERS, true, false, CommentPermission.FOLLOWERS, true);
        fixture.given(new PrivacySettingsChangedEvent(PERSON, before, List.of("profileVisibility"), EARLIER))
                .when(change(null, null, null, false, CommentPermission.FOLLOWERS, null))
                .expectEvents(
                        new PrivacySettingsChangedEvent(
                                PERSON, after, List.of("marketingEmails", "commentPermission"), NOW),
                        new ConsentWithdrawnEvent(PERSON, ConsentPurpose.MARKETING, NOW));
        assertThat(store.settingsOf(PERSON)).isEqualTo(after);
    }

    @Test
    void withdrawingAConsentTouchesNoOtherSetting() {
        assertThat(ChangePrivacySettingsCommand.withdraw(PERSON, ConsentPurpose.ANALYTICS))
                .isEqualTo(change(null, null, true, null, null, null));
        assertThat(ChangePrivacySettingsCommand.withdraw(PERSON, ConsentPurpose.MARKETING))
                .isEqualTo(change(null, null, null, false, null, null));
        assertThat(change(null, null, null, null, null, null).settingsId()).isEqualTo("privacy-settings:person-1");
    }
}
