package org.muejam.command.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.muejam.command.identity.GeoLocator;
import org.muejam.command.identity.ProfilePersonalData;
import org.muejam.command.testing.InMemoryDeviceTokens;
import org.muejam.command.testing.InMemoryExternalIdentityDirectory;
import org.muejam.command.testing.InMemoryMailer;
import org.muejam.command.testing.InMemoryOneTimeTokenStore;
import org.muejam.command.testing.InMemorySecondFactorChallenges;
import org.muejam.command.testing.InMemorySessions;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.InMemoryUserAccounts;
import org.muejam.command.testing.PlainPasswordHasher;
import org.muejam.command.testing.RecordingCommandAttribution;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.identity.UserAccountResponse;

/** The identity use cases over in-memory ports, at a fixed instant. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String PASSWORD = "Reading-list-2026!";
    static final UserAccountResponse READER = new UserAccountResponse(
            "user-1", "reader@example.org", "Reader", List.of("USER"), false, "hashed:" + PASSWORD, null);

    final RecordingCommandGateway commands = new RecordingCommandGateway();
    final InMemoryUserAccounts users = new InMemoryUserAccounts();
    final PlainPasswordHasher passwords = new PlainPasswordHasher();
    final InMemoryOneTimeTokenStore tokens = new InMemoryOneTimeTokenStore();
    final InMemoryMailer mailer = new InMemoryMailer();
    final InMemorySessions sessions = new InMemorySessions();
    final InMemoryTwoFactorDirectory twoFactor = new InMemoryTwoFactorDirectory();
    final InMemoryExternalIdentityDirectory identities = new InMemoryExternalIdentityDirectory();
    final InMemorySecondFactorChallenges challenges = new InMemorySecondFactorChallenges();
    final RecordingCommandAttribution attribution = new RecordingCommandAttribution();
    final InMemoryDeviceTokens devices = new InMemoryDeviceTokens();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final IdentitySettings settings = new IdentitySettings("https://muejam.example/", Duration.ofHours(24));
    boolean staffMustUseTwoFactor;
    /** Finds an email address wherever there is an at sign, as the real detector would. */
    final ProfilePersonalData personalData = text -> text.contains("@") ? Set.of("EMAIL") : Set.of();

    EmailVerification emailVerification() {
        return new EmailVerification(commands, users.gateway(), tokens, mailer, attribution, clock, settings);
    }

    ExternalRegistration externalRegistration() {
        return new ExternalRegistration(commands, emailVerification(), identities, attribution, personalData);
    }

    Registration registration() {
        return new Registration(commands, passwords, emailVerification(), attribution, personalData);
    }

    SignIn signIn() {
        return new SignIn(
                commands,
                users.gateway(),
                passwords,
                twoFactor,
                challenges,
                () -> staffMustUseTwoFactor,
                ip -> ip == null ? GeoLocator.Location.UNKNOWN : new GeoLocator.Location("net:" + ip, null),
                devices,
                attribution,
                clock);
    }

    PasswordReset passwordReset() {
        return new PasswordReset(
                commands, users.gateway(), passwords, tokens, sessions, mailer, attribution, clock, settings);
    }

    TwoFactorSetup twoFactorSetup() {
        return new TwoFactorSetup(commands, users.gateway(), passwords, twoFactor, mailer, clock);
    }

    /** The token of the last link mailed. */
    String mailedToken() {
        String text = mailer.sent().get(mailer.sent().size() - 1).text();
        return text.substring(text.indexOf("token=") + "token=".length()).split("\\s")[0];
    }
}
