package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.muejam.command.testing.Violations.conflict;
import static org.muejam.command.testing.Violations.invalid;
import static org.muejam.command.testing.Violations.notFound;
import static org.muejam.shared.legal.DocumentType.CONTENT_POLICY;
import static org.muejam.shared.legal.DocumentType.PRIVACY_POLICY;
import static org.muejam.shared.legal.DocumentType.TERMS_OF_SERVICE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.InMemoryExternalIdentityDirectory;
import org.muejam.command.testing.InMemoryLegalCatalog;
import org.muejam.shared.identity.BootstrapAdministratorCommand;
import org.muejam.shared.identity.EmailVerificationIssuedEvent;
import org.muejam.shared.identity.EmailVerifiedEvent;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.ExternalIdentityLinkedEvent;
import org.muejam.shared.identity.IssueEmailVerificationCommand;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.RegisterExternalUserCommand;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.identity.VerifyEmailCommand;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.DocumentVersion;
import org.muejam.shared.legal.RecordConsentCommand;

/** Specification of the user account: registration, administrator bootstrap, email verification, sign-ins, consent. */
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static final UserId READER = new UserId("reader-1");
    private static final UserId SOMEONE_ELSE = new UserId("reader-2");
    private static final String EMAIL = "reader.one@example.org";
    private static final String PASSWORD_HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
    private static final LocalDate ADULT_BIRTH_DATE = LocalDate.of(1994, 3, 8);
    private static final String TOKEN_HASH = "sha256:7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069";
    private static final Instant TOKEN_EXPIRES_AT = NOW.plus(Duration.ofHours(24));
    private static final String IP = "203.0.113.7";
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private static final DocumentVersion SUPERSEDED_TERMS = new DocumentVersion(TERMS_OF_SERVICE, "2024-01");
    private static final DocumentVersion TERMS = new DocumentVersion(TERMS_OF_SERVICE, "2025-05");
    private static final DocumentVersion PRIVACY = new DocumentVersion(PRIVACY_POLICY, "3");
    private static final DocumentVersion CONTENT = new DocumentVersion(CONTENT_POLICY, "1.0");

    private InMemoryEmailDirectory directory;
    private InMemoryExternalIdentityDirectory identities;
    private InMemoryLegalCatalog catalog;
    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        directory = new InMemoryEmailDirectory();
        identities = new InMemoryExternalIdentityDirectory();
        catalog = new InMemoryLegalCatalog()
                .publish(SUPERSEDED_TERMS)
                .publish(TERMS)
                .publish(PRIVACY)
                .publish(CONTENT);
        fixture = fixtureAt(NOW);
    }

    /** A fixture whose clock stands still at {@code instant}, sharing this test's directory and catalog. */
    private FixtureConfiguration<UserAccount> fixtureAt(Instant instant) {
        FixtureConfiguration<UserAccount> configured = new AggregateTestFixture<>(UserAccount.class);
        configured.registerInjectableResource(Clock.fixed(instant, ZoneOffset.UTC));
        configured.registerInjectableResource(catalog);
        configured.registerInjectableResource(directory);
        configured.registerInjectableResource(identities);
        return configured;
    }

    private static RegisterUserCommand registration(String email, LocalDate birthDate, DocumentVersion... accepted) {
        return new RegisterUserCommand(
                READER,
                email,
                "Reader One",
                PASSWORD_HASH,
                birthDate,
                List.of(accepted),
                TOKEN_HASH,
                TOKEN_EXPIRES_AT,
                IP,
                USER_AGENT);
    }

    private static UserRegisteredEvent registered() {
        return new UserRegisteredEvent(
                READER,
                EMAIL,
                "Reader One",
                PASSWORD_HASH,
                ADULT_BIRTH_DATE,
                EnumSet.of(Role.USER),
                NOW.minus(Duration.ofDays(2)));
    }

    private static EmailVerificationIssuedEvent tokenIssued(String tokenHash, Instant expiresAt) {
        return new EmailVerificationIssuedEvent(READER, tokenHash, expiresAt);
    }

    private static Matcher<Object> payload(Object expected) {
        return Matchers.equalTo(expected);
    }

    @Nested
    class Registration {

        @Test
        void registrationEmitsTheAccountTheVerificationTokenAndOneConsentPerAcceptedDocumentAtTheClockInstant() {
            RegisterUserCommand command = new RegisterUserCommand(
                    READER,
                    "  Reader.One@Example.ORG ",
                    "  Reader One ",
                    PASSWORD_HASH,
                    ADULT_BIRTH_DATE,
                    List.of(TERMS, PRIVACY, CONTENT),
                    TOKEN_HASH,
                    TOKEN_EXPIRES_AT,
                    IP,
                    USER_AGENT);

            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new UserRegisteredEvent(
                                    READER,
                                    EMAIL,
                                    "Reader One",
                                    PASSWORD_HASH,
                                    ADULT_BIRTH_DATE,
                                    EnumSet.of(Role.USER),
                                    NOW),
                            new EmailVerificationIssuedEvent(READER, TOKEN_HASH, TOKEN_EXPIRES_AT),
                            new ConsentRecordedEvent(READER, TERMS_OF_SERVICE, "2025-05", NOW, IP, USER_AGENT),
                            new ConsentRecordedEvent(READER, PRIVACY_POLICY, "3", NOW, IP, USER_AGENT),
                            new ConsentRecordedEvent(READER, CONTENT_POLICY, "1.0", NOW, IP, USER_AGENT));
        }

        @Test
        void registrationWithOnlyTheRequiredDocumentsRecordsExactlyThoseTwoConsentsAndNothingMore() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            payload(new UserRegisteredEvent(
                                    READER,
                                    EMAIL,
                                    "Reader One",
                                    PASSWORD_HASH,
                                    ADULT_BIRTH_DATE,
                                    EnumSet.of(Role.USER),
                                    NOW)),
                            payload(new EmailVerificationIssuedEvent(READER, TOKEN_HASH, TOKEN_EXPIRES_AT)),
                            payload(new ConsentRecordedEvent(READER, TERMS_OF_SERVICE, "2025-05", NOW, IP, USER_AGENT)),
                            payload(new ConsentRecordedEvent(READER, PRIVACY_POLICY, "3", NOW, IP, USER_AGENT)),
                            andNoMore())));
        }

        @Test
        void registrationClaimsTheLowerCasedEmailForTheNewAccount() {
            fixture.givenNoPriorActivity()
                    .when(registration(" READER.One@EXAMPLE.org", ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectSuccessfulHandlerExecution();

            assertThat(directory.claims()).containsExactly(entry(EMAIL, READER));
        }

        @Test
        void personWhoTurnsThirteenTodayMayRegister() {
            LocalDate thirteenthBirthdayToday = TODAY.minusYears(13);

            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, thirteenthBirthdayToday, TERMS, PRIVACY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new UserRegisteredEvent(
                                    READER,
                                    EMAIL,
                                    "Reader One",
                                    PASSWORD_HASH,
                                    thirteenthBirthdayToday,
                                    EnumSet.of(Role.USER),
                                    NOW),
                            new EmailVerificationIssuedEvent(READER, TOKEN_HASH, TOKEN_EXPIRES_AT),
                            new ConsentRecordedEvent(READER, TERMS_OF_SERVICE, "2025-05", NOW, IP, USER_AGENT),
                            new ConsentRecordedEvent(READER, PRIVACY_POLICY, "3", NOW, IP, USER_AGENT));
        }

        @Test
        void personWhoTurnsThirteenTomorrowIsRefusedWithNoEventsAndNoEmailClaim() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, TODAY.minusYears(13).plusDays(1), TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("age-requirement-not-met"));

            assertThat(directory.claims()).isEmpty();
        }

        @Test
        void birthDateInTheFutureIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, TODAY.plusDays(1), TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("birth-date-in-future"));
        }

        @Test
        void missingBirthDateIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, null, TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("birth-date-required"));
        }

        @Test
        void registrationWithoutConsentToTheCurrentTermsOfServiceIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, PRIVACY, CONTENT))
                    .expectNoEvents()
                    .expectException(invalid("consent-required"))
                    .expectExceptionMessage(containsString("terms-of-service"));

            assertThat(directory.claims()).isEmpty();
        }

        @Test
        void registrationWithoutConsentToTheCurrentPrivacyPolicyIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, TERMS))
                    .expectNoEvents()
                    .expectException(invalid("consent-required"))
                    .expectExceptionMessage(containsString("privacy-policy"));
        }

        @Test
        void consentToASupersededTermsVersionDoesNotCountAsConsentToTheCurrentOne() {
            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, SUPERSEDED_TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("consent-required"));
        }

        @Test
        void consentToAnUnpublishedDocumentVersionIsRefusedWithNoEventsAndNoEmailClaim() {
            DocumentVersion unpublishedContentPolicy = new DocumentVersion(CONTENT_POLICY, "9.9");

            fixture.givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, TERMS, PRIVACY, unpublishedContentPolicy))
                    .expectNoEvents()
                    .expectException(notFound("legal-document-version-not-found"));

            assertThat(directory.claims()).isEmpty();
        }

        @Test
        void registrationIsClosedWhileNoTermsOfServiceIsPublished() {
            catalog = new InMemoryLegalCatalog().publish(PRIVACY);

            fixtureAt(NOW)
                    .givenNoPriorActivity()
                    .when(registration(EMAIL, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(conflict("legal-document-not-published"));
        }

        @Test
        void emailAlreadyClaimedByAnotherAccountIsRefusedEvenInDifferentCase() {
            directory.alreadyClaimed(EMAIL, SOMEONE_ELSE);

            fixture.givenNoPriorActivity()
                    .when(registration("Reader.One@Example.org", ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(conflict("email-already-registered"));

            assertThat(directory.holderOf(EMAIL)).contains(SOMEONE_ELSE);
        }
    }

    @Nested
    class ExternalRegistration {

        private static final ExternalIdentity IDENTITY =
                new ExternalIdentity("https://issuer.example.test", "user_2abc");

        private RegisterExternalUserCommand external(
                String email, boolean verifiedByIssuer, LocalDate birthDate, DocumentVersion... accepted) {
            return new RegisterExternalUserCommand(
                    READER,
                    IDENTITY,
                    email,
                    verifiedByIssuer,
                    " Reader One ",
                    birthDate,
                    List.of(accepted),
                    verifiedByIssuer ? null : TOKEN_HASH,
                    verifiedByIssuer ? null : TOKEN_EXPIRES_AT,
                    IP,
                    USER_AGENT);
        }

        private UserRegisteredEvent registeredWithoutPassword() {
            return new UserRegisteredEvent(
                    READER, EMAIL, "Reader One", null, ADULT_BIRTH_DATE, EnumSet.of(Role.USER), NOW);
        }

        @Test
        void anAddressTheIssuerVerifiedIsVerifiedAtOnceAndTheIdentityIsLinked() {
            fixture.givenNoPriorActivity()
                    .when(external(" Reader.One@Example.org", true, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            payload(registeredWithoutPassword()),
                            payload(new ExternalIdentityLinkedEvent(
                                    READER, IDENTITY.issuer(), IDENTITY.subject(), NOW)),
                            payload(new EmailVerifiedEvent(READER, NOW)),
                            payload(new ConsentRecordedEvent(READER, TERMS_OF_SERVICE, "2025-05", NOW, IP, USER_AGENT)),
                            payload(new ConsentRecordedEvent(READER, PRIVACY_POLICY, "3", NOW, IP, USER_AGENT)),
                            andNoMore())));

            assertThat(identities.links()).containsExactly(entry(IDENTITY, READER));
            assertThat(directory.claims()).containsExactly(entry(EMAIL, READER));
        }

        @Test
        void anAddressTheIssuerDidNotVerifyGetsAVerificationLinkAsAnyRegistration() {
            fixture.givenNoPriorActivity()
                    .when(external(EMAIL, false, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            payload(registeredWithoutPassword()),
                            payload(new ExternalIdentityLinkedEvent(
                                    READER, IDENTITY.issuer(), IDENTITY.subject(), NOW)),
                            payload(new EmailVerificationIssuedEvent(READER, TOKEN_HASH, TOKEN_EXPIRES_AT)),
                            payload(new ConsentRecordedEvent(READER, TERMS_OF_SERVICE, "2025-05", NOW, IP, USER_AGENT)),
                            payload(new ConsentRecordedEvent(READER, PRIVACY_POLICY, "3", NOW, IP, USER_AGENT)),
                            andNoMore())));
        }

        @Test
        void aChildIsRefusedAsAtAnyRegistrationWithNoLinkAndNoEmailClaim() {
            fixture.givenNoPriorActivity()
                    .when(external(EMAIL, true, TODAY.minusYears(13).plusDays(1), TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("age-requirement-not-met"));

            assertThat(identities.links()).isEmpty();
            assertThat(directory.claims()).isEmpty();
        }

        @Test
        void withoutConsentToTheCurrentTermsTheRegistrationIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(external(EMAIL, true, ADULT_BIRTH_DATE, PRIVACY))
                    .expectNoEvents()
                    .expectException(invalid("consent-required"))
                    .expectExceptionMessage(containsString("terms-of-service"));

            assertThat(identities.links()).isEmpty();
        }

        @Test
        void anIdentityLinkedToAnotherAccountIsAConflict() {
            identities.link(IDENTITY, SOMEONE_ELSE);

            fixture.givenNoPriorActivity()
                    .when(external(EMAIL, true, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(conflict("external-identity-already-linked"));

            assertThat(directory.claims()).isEmpty();
        }

        @Test
        void anAddressAnotherAccountHoldsIsAConflictAsAtAnyRegistration() {
            directory.alreadyClaimed(EMAIL, SOMEONE_ELSE);

            fixture.givenNoPriorActivity()
                    .when(external(EMAIL, true, ADULT_BIRTH_DATE, TERMS, PRIVACY))
                    .expectNoEvents()
                    .expectException(conflict("email-already-registered"));
        }
    }

    @Nested
    class AdministratorBootstrap {

        @Test
        void bootstrapAdministratorHoldsUserAndAdministratorRolesWithAnAlreadyVerifiedEmail() {
            UserId admin = new UserId("admin-1");

            fixture.givenNoPriorActivity()
                    .when(new BootstrapAdministratorCommand(
                            admin, " Admin@MueJam.org ", "Administrator", PASSWORD_HASH))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new UserRegisteredEvent(
                                    admin,
                                    "admin@muejam.org",
                                    "Administrator",
                                    PASSWORD_HASH,
                                    null,
                                    EnumSet.of(Role.USER, Role.ADMINISTRATOR),
                                    NOW),
                            new EmailVerifiedEvent(admin, NOW));

            assertThat(directory.holderOf("admin@muejam.org")).contains(admin);
        }

        @Test
        void bootstrapAdministratorIsRefusedWhenTheEmailIsAlreadyClaimed() {
            directory.alreadyClaimed("admin@muejam.org", SOMEONE_ELSE);

            fixture.givenNoPriorActivity()
                    .when(new BootstrapAdministratorCommand(
                            new UserId("admin-1"), "admin@muejam.org", "Administrator", PASSWORD_HASH))
                    .expectNoEvents()
                    .expectException(conflict("email-already-registered"));
        }
    }

    @Nested
    class EmailVerification {

        private final Instant expiresAt = NOW.plus(Duration.ofHours(1));

        @Test
        void theRightTokenBeforeItsExpiryVerifiesTheEmailAtTheClockInstant() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new VerifyEmailCommand(READER, TOKEN_HASH))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EmailVerifiedEvent(READER, NOW));
        }

        @Test
        void theRightTokenOneMillisecondBeforeExpiryStillVerifies() {
            Instant justBefore = expiresAt.minusMillis(1);

            fixtureAt(justBefore)
                    .given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new VerifyEmailCommand(READER, TOKEN_HASH))
                    .expectEvents(new EmailVerifiedEvent(READER, justBefore));
        }

        @Test
        void aWrongTokenIsRefused() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new VerifyEmailCommand(READER, "sha256:not-the-issued-token"))
                    .expectNoEvents()
                    .expectException(invalid("invalid-verification-token"));
        }

        @Test
        void anExpiredTokenIsRefused() {
            fixtureAt(expiresAt.plusSeconds(1))
                    .given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new VerifyEmailCommand(READER, TOKEN_HASH))
                    .expectNoEvents()
                    .expectException(invalid("expired-verification-token"));
        }

        @Test
        void aTokenIsAlreadyExpiredAtItsExactExpiryInstant() {
            fixtureAt(expiresAt)
                    .given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new VerifyEmailCommand(READER, TOKEN_HASH))
                    .expectNoEvents()
                    .expectException(invalid("expired-verification-token"));
        }

        @Test
        void anAlreadyVerifiedEmailCannotBeVerifiedAgain() {
            fixture.given(
                            registered(),
                            tokenIssued(TOKEN_HASH, expiresAt),
                            new EmailVerifiedEvent(READER, NOW.minusSeconds(60)))
                    .when(new VerifyEmailCommand(READER, TOKEN_HASH))
                    .expectNoEvents()
                    .expectException(conflict("email-already-verified"));
        }

        @Test
        void aReissuedTokenReplacesThePreviousOne() {
            fixture.given(registered(), tokenIssued("sha256:first", expiresAt), tokenIssued("sha256:second", expiresAt))
                    .when(new VerifyEmailCommand(READER, "sha256:first"))
                    .expectNoEvents()
                    .expectException(invalid("invalid-verification-token"));
        }

        @Test
        void theLatestReissuedTokenVerifies() {
            fixture.given(registered(), tokenIssued("sha256:first", expiresAt), tokenIssued("sha256:second", expiresAt))
                    .when(new VerifyEmailCommand(READER, "sha256:second"))
                    .expectEvents(new EmailVerifiedEvent(READER, NOW));
        }

        @Test
        void issuingANewTokenForAnUnverifiedEmailRecordsIt() {
            Instant later = NOW.plus(Duration.ofHours(48));

            fixture.given(registered(), tokenIssued(TOKEN_HASH, expiresAt))
                    .when(new IssueEmailVerificationCommand(READER, "sha256:fresh", later))
                    .expectEvents(new EmailVerificationIssuedEvent(READER, "sha256:fresh", later));
        }

        @Test
        void issuingATokenForAnAlreadyVerifiedEmailIsRefused() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, expiresAt), new EmailVerifiedEvent(READER, NOW))
                    .when(new IssueEmailVerificationCommand(READER, "sha256:fresh", NOW.plus(Duration.ofHours(48))))
                    .expectNoEvents()
                    .expectException(conflict("email-already-verified"));
        }
    }

    @Nested
    class SignIn {

        @Test
        void recordingALoginEmitsUserLoggedInAtTheClockInstant() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, TOKEN_EXPIRES_AT))
                    .when(new RecordLoginCommand(READER))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new UserLoggedInEvent(READER, NOW));
        }
    }

    @Nested
    class Consent {

        @Test
        void recordingConsentEmitsTheDocumentVersionClockInstantIpAddressAndUserAgent() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, TOKEN_EXPIRES_AT))
                    .when(new RecordConsentCommand(READER, CONTENT, "2001:db8::42", "MueJamApp/2.3 (Android 14)"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ConsentRecordedEvent(
                            READER, CONTENT_POLICY, "1.0", NOW, "2001:db8::42", "MueJamApp/2.3 (Android 14)"));
        }

        @Test
        void consentToAnUnpublishedVersionIsRefusedWithNoEvents() {
            fixture.given(registered(), tokenIssued(TOKEN_HASH, TOKEN_EXPIRES_AT))
                    .when(new RecordConsentCommand(
                            READER, new DocumentVersion(TERMS_OF_SERVICE, "2099-01"), IP, USER_AGENT))
                    .expectNoEvents()
                    .expectException(notFound("legal-document-version-not-found"));
        }
    }
}
