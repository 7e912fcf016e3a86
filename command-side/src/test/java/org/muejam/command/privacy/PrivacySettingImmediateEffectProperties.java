package org.muejam.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.privacy.application.MarketingMail;
import org.muejam.command.privacy.application.PrivacyRules;
import org.muejam.command.privacy.application.SettingsFollowerApproval;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryMailer;
import org.muejam.command.testing.InMemoryPrivacySettings;
import org.muejam.command.testing.InMemoryUserAccounts;
import org.muejam.shared.identity.UserAccountResponse;
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
 * Property 22, privacy setting immediate effect: for any sequence of partial changes, as soon as each change's
 * command has been handled (its transaction is the one that stores the events), every rule that enforces a setting
 * answers as the new settings say: comments, follower approval, analytics, marketing mail, and the settings the
 * profile and reading-history reads use. Nothing waits for a projection. Each change stores exactly the settings
 * event and one consent event per optional consent it turned, and a change that changes nothing stores nothing.
 */
class PrivacySettingImmediateEffectProperties {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final UserId PERSON = UserId.of("person-1");
    private static final UserId FOLLOWER = UserId.of("follower-2");
    private static final UserId STRANGER = UserId.of("stranger-3");

    @Provide
    Arbitrary<List<ChangePrivacySettingsCommand>> changes() {
        Arbitrary<Audience> audience = Arbitraries.of(Audience.class).injectNull(0.5);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false).injectNull(0.5);
        Arbitrary<CommentPermission> comments =
                Arbitraries.of(CommentPermission.class).injectNull(0.5);
        return Combinators.combine(audience, audience, flag, flag, comments, flag)
                .as((profile, history, analytics, marketing, permission, approval) -> new ChangePrivacySettingsCommand(
                        PERSON, profile, history, analytics, marketing, permission, approval))
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Property(tries = 60)
    void everyChangeHoldsFromTheVeryNextRequest(@ForAll("changes") List<ChangePrivacySettingsCommand> changes) {
        InMemoryPrivacySettings store = new InMemoryPrivacySettings().follow(FOLLOWER, PERSON);
        PrivacyRules rules = new PrivacyRules(store, store);
        SettingsFollowerApproval approval = new SettingsFollowerApproval(rules);
        InMemoryMailer mailer = new InMemoryMailer();
        MarketingMail marketing = new MarketingMail(
                rules,
                new InMemoryUserAccounts()
                        .account(new UserAccountResponse(
                                PERSON.value(), "p@example.org", "P", List.of("reader"), true, "h", null))
                        .gateway(),
                mailer);
        List<Object> history = new ArrayList<>();
        PrivacySettings current = PrivacySettings.DEFAULTS;

        for (ChangePrivacySettingsCommand change : changes) {
            PrivacySettings next = current.with(change);
            List<Object> expected = expectedEvents(current, next);

            FixtureConfiguration<PersonPrivacy> fixture = new AggregateTestFixture<>(PersonPrivacy.class);
            fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
            fixture.registerInjectableResource(store);
            fixture.given(history)
                    .when(change)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(expected.toArray());
            if (!expected.isEmpty()) {
                history.add(expected.get(0));
            }
            current = next;

            // the very next request, whichever rule it meets
            assertThat(store.settingsOf(PERSON)).isEqualTo(next);
            assertThat(approval.required(PERSON)).isEqualTo(next.followerApprovalRequired());
            assertThat(rules.analyticsAllowed(PERSON)).isEqualTo(!next.analyticsOptOut());
            int mails = mailer.sent().size();
            assertThat(marketing.send(PERSON, "News", "text"))
                    .isEqualTo(next.marketingEmails() ? MarketingMail.Outcome.SENT : MarketingMail.Outcome.NO_CONSENT);
            assertThat(mailer.sent()).hasSize(next.marketingEmails() ? mails + 1 : mails);
            assertComments(rules, STRANGER, next.commentPermission() == CommentPermission.EVERYONE);
            assertComments(rules, FOLLOWER, next.commentPermission() != CommentPermission.NOBODY);
            assertComments(rules, PERSON, true);
            assertThat(next.profileVisibility().admits(false, false))
                    .isEqualTo(next.profileVisibility() == Audience.PUBLIC);
            assertThat(next.readingHistoryVisibility().admits(false, true))
                    .isEqualTo(next.readingHistoryVisibility() != Audience.PRIVATE);
        }
    }

    private static List<Object> expectedEvents(PrivacySettings before, PrivacySettings after) {
        List<String> changed = before.differencesTo(after);
        List<Object> events = new ArrayList<>();
        if (changed.isEmpty()) {
            return events;
        }
        events.add(new PrivacySettingsChangedEvent(PERSON, after, changed, NOW));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (before.consents(purpose) != after.consents(purpose)) {
                events.add(
                        after.consents(purpose)
                                ? new ConsentGivenEvent(PERSON, purpose, NOW)
                                : new ConsentWithdrawnEvent(PERSON, purpose, NOW));
            }
        }
        return events;
    }

    private static void assertComments(PrivacyRules rules, UserId commenter, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> rules.requireMayComment(commenter, PERSON)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.requireMayComment(commenter, PERSON))
                    .isInstanceOf(DomainRuleViolation.class);
        }
    }
}
