package org.muejam.command.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryMailer;
import org.muejam.command.testing.InMemoryPrivacySettings;
import org.muejam.command.testing.InMemoryUserAccounts;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.ChangePrivacySettingsCommand;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.ConsentPurpose;
import org.muejam.shared.privacy.PrivacySettings;

/** The privacy use cases: consents withdrawn by purpose, and every rule read from the committed settings. */
class PrivacyUseCasesTest {

    private static final UserId PERSON = UserId.of("person-1");
    private static final UserId FOLLOWER = UserId.of("follower-2");
    private static final UserId STRANGER = UserId.of("stranger-3");
    private static final UserId NO_ADDRESS = UserId.of("erased-4");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final InMemoryPrivacySettings store = new InMemoryPrivacySettings().follow(FOLLOWER, PERSON);
    private final PrivacyRules rules = new PrivacyRules(store, store);
    private final PrivacyPreferences preferences = new PrivacyPreferences(commands);
    private final InMemoryMailer mailer = new InMemoryMailer();
    private final InMemoryUserAccounts accounts = new InMemoryUserAccounts()
            .account(account(PERSON, "person@example.org"))
            .account(account(NO_ADDRESS, "[erased]"));
    private final MarketingMail marketing = new MarketingMail(rules, accounts.gateway(), mailer);

    private static UserAccountResponse account(UserId id, String email) {
        return new UserAccountResponse(id.value(), email, "P", List.of("reader"), true, "hash", null);
    }

    private static PrivacySettings settings(boolean analyticsOptOut, boolean marketing, CommentPermission comments) {
        return new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, analyticsOptOut, marketing, comments, false);
    }

    @Test
    void aChangeIsSentAsItCameAndAnswersTheSettingsAfterIt() {
        PrivacySettings after = settings(true, false, CommentPermission.EVERYONE);
        commands.answer(ChangePrivacySettingsCommand.class, after);
        ChangePrivacySettingsCommand change =
                new ChangePrivacySettingsCommand(PERSON, null, null, true, null, null, null);

        assertThat(preferences.change(change)).isEqualTo(after);
        assertThat(commands.sent()).containsExactly(change);
    }

    @Test
    void anOptionalConsentIsWithdrawnByItsPurposeAlone() {
        PrivacySettings after = settings(true, false, CommentPermission.EVERYONE);
        commands.answer(ChangePrivacySettingsCommand.class, after);
        assertThat(preferences.withdraw(PERSON, "analytics")).isEqualTo(after);
        preferences.withdraw(PERSON, "marketing");

        assertThat(commands.sent())
                .containsExactly(
                        ChangePrivacySettingsCommand.withdraw(PERSON, ConsentPurpose.ANALYTICS),
                        ChangePrivacySettingsCommand.withdraw(PERSON, ConsentPurpose.MARKETING));
    }

    @Test
    void aConsentToALegalDocumentCannotBeWithdrawn() {
        assertThatThrownBy(() -> preferences.withdraw(PERSON, "terms-of-service"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                    assertThat(refusal.problemType()).isEqualTo("consent-required");
                    assertThat(refusal.field()).isNull();
                    assertThat(refusal.properties()).containsEntry("purpose", "terms-of-service");
                });
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void cookieChoicesAreWithdrawnWhereTheyAreMade() {
        for (String purpose : List.of("analytics-cookies", "marketing-cookies")) {
            assertThatThrownBy(() -> preferences.withdraw(PERSON, purpose))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.problemType()).isEqualTo("cookie-consent-elsewhere");
                        assertThat(refusal.properties()).containsEntry("purpose", purpose);
                    });
        }
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anUnknownOrMissingPurposeIsBadInputNamingTheField() {
        for (String purpose : new String[] {null, "", "  ", "Analytics", "everything", "x".repeat(10_000)}) {
            assertThatThrownBy(() -> preferences.withdraw(PERSON, purpose))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                        assertThat(refusal.field()).isEqualTo("purpose");
                        assertThat(refusal.getMessage()).hasSizeLessThan(200);
                    });
        }
        assertThatThrownBy(() -> preferences.withdraw(PERSON, "x".repeat(64)))
                .hasMessageContaining("'" + "x".repeat(64) + "'");
        assertThatThrownBy(() -> preferences.withdraw(PERSON, "x".repeat(65)))
                .hasMessageContaining("x".repeat(64) + "…'");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void commentsFollowTheAuthorsPermission() {
        rules.requireMayComment(STRANGER, PERSON);

        store.set(PERSON, settings(false, false, CommentPermission.FOLLOWERS));
        rules.requireMayComment(FOLLOWER, PERSON);
        rules.requireMayComment(PERSON, PERSON);
        assertThatThrownBy(() -> rules.requireMayComment(STRANGER, PERSON))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
                    assertThat(refusal.field()).isEqualTo("commentPermission");
                    assertThat(refusal.properties())
                            .containsEntry("setting", "commentPermission")
                            .containsEntry("commentPermission", "FOLLOWERS");
                    assertThat(refusal.getMessage()).contains("followers only");
                });

        store.set(PERSON, settings(false, false, CommentPermission.NOBODY));
        rules.requireMayComment(PERSON, PERSON);
        assertThatThrownBy(() -> rules.requireMayComment(FOLLOWER, PERSON))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.properties()).containsEntry("commentPermission", "NOBODY"));
    }

    @Test
    void followerApprovalIsTheFolloweesSetting() {
        SettingsFollowerApproval approval = new SettingsFollowerApproval(rules);
        assertThat(approval.required(PERSON)).isFalse();
        store.set(
                PERSON,
                new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, false, false, CommentPermission.EVERYONE, true));
        assertThat(approval.required(PERSON)).isTrue();
        assertThat(approval.required(STRANGER)).isFalse();
    }

    @Test
    void analyticsAreRecordedUnlessThePersonOptedOut() {
        assertThat(rules.analyticsAllowed(null)).isTrue();
        assertThat(rules.analyticsAllowed(PERSON)).isTrue();
        store.set(PERSON, settings(true, false, CommentPermission.EVERYONE));
        assertThat(rules.analyticsAllowed(PERSON)).isFalse();
        assertThat(rules.analyticsAllowed(STRANGER)).isTrue();
    }

    @Test
    void marketingMailGoesOnlyToWhoeverConsentedAndHasAnAddress() {
        assertThat(rules.marketingAllowed(PERSON)).isFalse();
        assertThat(marketing.send(PERSON, "News", "text")).isEqualTo(MarketingMail.Outcome.NO_CONSENT);
        assertThat(mailer.sent()).isEmpty();

        store.set(PERSON, settings(false, true, CommentPermission.EVERYONE));
        assertThat(marketing.send(PERSON, "News", "text")).isEqualTo(MarketingMail.Outcome.SENT);
        assertThat(mailer.sent()).containsExactly(new InMemoryMailer.Mail("person@example.org", "News", "text"));

        store.set(PERSON, settings(false, false, CommentPermission.EVERYONE));
        assertThat(marketing.send(PERSON, "More", "text")).isEqualTo(MarketingMail.Outcome.NO_CONSENT);

        store.set(NO_ADDRESS, settings(false, true, CommentPermission.EVERYONE));
        store.set(STRANGER, settings(false, true, CommentPermission.EVERYONE));
        assertThat(marketing.send(NO_ADDRESS, "News", "text")).isEqualTo(MarketingMail.Outcome.NO_ADDRESS);
        assertThat(marketing.send(STRANGER, "News", "text")).isEqualTo(MarketingMail.Outcome.NO_ADDRESS);
        assertThat(mailer.sent()).hasSize(1);
    }
}
