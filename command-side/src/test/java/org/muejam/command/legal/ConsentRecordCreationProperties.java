package org.muejam.command.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.notFound;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.muejam.command.identity.UserAccount;
import org.muejam.command.testing.InMemoryEmailDirectory;
import org.muejam.command.testing.InMemoryLegalCatalog;
import org.muejam.shared.identity.EmailVerificationIssuedEvent;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.DocumentVersion;
import org.muejam.shared.legal.RecordConsentCommand;

/**
 * Consent record creation — for any published document type and version, any
 * IP address and any user agent, recording consent yields exactly one ConsentRecordedEvent carrying that type,
 * that version, the clock's instant, that IP address and that user agent; consent to an unpublished version yields
 * no event at all.
 */
class ConsentRecordCreationProperties {

    private static final UserId USER = new UserId("consent-property-user");
    private static final String VERSION_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    /** Every document type with the versions published for it, oldest first; the last one is the active one. */
    record Publications(Map<DocumentType, List<String>> versions) {

        InMemoryLegalCatalog catalog() {
            InMemoryLegalCatalog catalog = new InMemoryLegalCatalog();
            versions.forEach((type, published) -> published.forEach(version -> catalog.publish(type, version)));
            return catalog;
        }

        DocumentVersion active(DocumentType type) {
            List<String> published = versions.get(type);
            return new DocumentVersion(type, published.get(published.size() - 1));
        }
    }

    record Scenario(Publications publications, DocumentVersion document) {}

    @Property(tries = 200)
    void consentToAnyPublishedVersionYieldsExactlyOneRecordCarryingVersionTimeIpAndUserAgent(
            @ForAll("publishedDocument") Scenario scenario,
            @ForAll("instants") Instant now,
            @ForAll("ipAddresses") String ipAddress,
            @ForAll("userAgents") String userAgent) {
        DocumentVersion document = scenario.document();

        fixtureAt(now, scenario.publications().catalog())
                .given(registeredAccount())
                .when(new RecordConsentCommand(USER, document, ipAddress, userAgent))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ConsentRecordedEvent(USER, document.type(), document.version(), now, ipAddress, userAgent));
    }

    @Property(tries = 200)
    void consentToAnUnpublishedVersionYieldsNoEvent(
            @ForAll("unpublishedDocument") Scenario scenario,
            @ForAll("instants") Instant now,
            @ForAll("ipAddresses") String ipAddress,
            @ForAll("userAgents") String userAgent) {
        assertThat(scenario.publications()
                        .catalog()
                        .exists(scenario.document().type(), scenario.document().version()))
                .as("generator yields unpublished versions")
                .isFalse();

        fixtureAt(now, scenario.publications().catalog())
                .given(registeredAccount())
                .when(new RecordConsentCommand(USER, scenario.document(), ipAddress, userAgent))
                .expectNoEvents()
                .expectException(notFound("legal-document-version-not-found"));
    }

    @Property(tries = 200)
    void registrationRecordsOneConsentPerAcceptedActiveDocumentWithTheClockInstantIpAndUserAgent(
            @ForAll("publications") Publications publications,
            @ForAll("instants") Instant now,
            @ForAll("ipAddresses") String ipAddress,
            @ForAll("userAgents") String userAgent) {
        DocumentVersion terms = publications.active(DocumentType.TERMS_OF_SERVICE);
        DocumentVersion privacy = publications.active(DocumentType.PRIVACY_POLICY);
        LocalDate birthDate = LocalDate.of(1980, 5, 17);
        Instant tokenExpiry = now.plusSeconds(86_400);

        fixtureAt(now, publications.catalog())
                .givenNoPriorActivity()
                .when(new RegisterUserCommand(
                        USER,
                        "person@example.org",
                        "Person",
                        "hash",
                        birthDate,
                        List.of(terms, privacy),
                        "token",
                        tokenExpiry,
                        ipAddress,
                        userAgent))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new UserRegisteredEvent(
                                USER, "person@example.org", "Person", "hash", birthDate, EnumSet.of(Role.USER), now),
                        new EmailVerificationIssuedEvent(USER, "token", tokenExpiry),
                        new ConsentRecordedEvent(USER, terms.type(), terms.version(), now, ipAddress, userAgent),
                        new ConsentRecordedEvent(USER, privacy.type(), privacy.version(), now, ipAddress, userAgent));
    }

    @Provide
    Arbitrary<Publications> publications() {
        Arbitrary<List<String>> versionHistories =
                versions().list().ofMinSize(1).ofMaxSize(4).uniqueElements();
        return Combinators.combine(versionHistories, versionHistories, versionHistories)
                .as((terms, privacy, content) -> {
                    Map<DocumentType, List<String>> versions = new EnumMap<>(DocumentType.class);
                    versions.put(DocumentType.TERMS_OF_SERVICE, terms);
                    versions.put(DocumentType.PRIVACY_POLICY, privacy);
                    versions.put(DocumentType.CONTENT_POLICY, content);
                    return new Publications(versions);
                });
    }

    @Provide
    Arbitrary<Scenario> publishedDocument() {
        return publications()
                .flatMap(publications -> Arbitraries.of(DocumentType.class)
                        .flatMap(type -> Arbitraries.of(publications.versions().get(type))
                                .map(version -> new Scenario(publications, new DocumentVersion(type, version)))));
    }

    @Provide
    Arbitrary<Scenario> unpublishedDocument() {
        return publications()
                .flatMap(publications -> Arbitraries.of(DocumentType.class)
                        .flatMap(type -> versions()
                                .filter(version ->
                                        !publications.versions().get(type).contains(version))
                                .map(version -> new Scenario(publications, new DocumentVersion(type, version)))));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(
                        Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2200-01-01T00:00:00Z").toEpochMilli())
                .map(Instant::ofEpochMilli);
    }

    @Provide
    Arbitrary<String> ipAddresses() {
        Arbitrary<String> ipv4 = Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .map(octets -> octets.stream().map(String::valueOf).collect(Collectors.joining(".")));
        Arbitrary<String> ipv6 = Arbitraries.integers()
                .between(0, 0xffff)
                .list()
                .ofSize(8)
                .map(groups -> groups.stream().map(Integer::toHexString).collect(Collectors.joining(":")));
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(64);
        return Arbitraries.oneOf(ipv4, ipv6, anyText);
    }

    @Provide
    Arbitrary<String> userAgents() {
        Arbitrary<String> printable = Arbitraries.strings().ascii().ofMaxLength(512);
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(256);
        return Arbitraries.oneOf(printable, anyText);
    }

    private static Arbitrary<String> versions() {
        return Arbitraries.strings()
                .withChars(VERSION_CHARS.toCharArray())
                .ofMinLength(1)
                .ofMaxLength(64);
    }

    private static UserRegisteredEvent registeredAccount() {
        return new UserRegisteredEvent(
                USER,
                "person@example.org",
                "Person",
                "hash",
                LocalDate.of(1980, 5, 17),
                EnumSet.of(Role.USER),
                Instant.parse("1999-12-31T23:00:00Z"));
    }

    private static FixtureConfiguration<UserAccount> fixtureAt(Instant now, InMemoryLegalCatalog catalog) {
        FixtureConfiguration<UserAccount> fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        fixture.registerInjectableResource(catalog);
        fixture.registerInjectableResource(new InMemoryEmailDirectory());
        return fixture;
    }
}
