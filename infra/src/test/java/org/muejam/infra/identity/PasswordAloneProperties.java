package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.application.SignIn;
import org.muejam.command.testing.InMemoryDeviceTokens;
import org.muejam.command.testing.InMemorySecondFactorChallenges;
import org.muejam.command.testing.InMemoryTwoFactorDirectory;
import org.muejam.command.testing.InMemoryUserAccounts;
import org.muejam.command.testing.PlainPasswordHasher;
import org.muejam.command.testing.RecordingCommandAttribution;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;

/**
 * A user with two-factor authentication never gets a session from a password alone — for any sequence
 * of password sign-ins (right or wrong password, the address typed in any case), with any roles and the staff rule on
 * or off, each answer is a challenge or a refusal: no token is issued and no sign-in is recorded. Without two-factor
 * authentication the same right password does open a session, so the property cannot hold vacuously.
 */
class PasswordAloneProperties {

    private static final String USER_ID = "password-alone-user";
    private static final String EMAIL = "reader.one@example.org";
    private static final String PASSWORD = "Reading-list-2026!";

    /** One password sign-in: the password right or a wrong one, and how the address was typed. */
    record Attempt(boolean rightPassword, String wrongPassword, int typing) {
        String password() {
            return rightPassword ? PASSWORD : wrongPassword;
        }

        String email() {
            return switch (typing) {
                case 0 -> EMAIL;
                case 1 -> EMAIL.toUpperCase(Locale.ROOT);
                default -> "  " + EMAIL + " ";
            };
        }
    }

    /** The sign-in use case with in-memory ports, and the sessions it leads to. */
    private static final class Harness {
        final CommandGateway commands = mock(CommandGateway.class);
        final TokenService tokens = mock(TokenService.class);
        final InMemoryTwoFactorDirectory directory = new InMemoryTwoFactorDirectory();
        final SignIn signIn;
        final SignInSessions sessions;

        Harness(List<String> roles, boolean staffRule) {
            InMemoryUserAccounts users = new InMemoryUserAccounts()
                    .account(new UserAccountResponse(
                            USER_ID, EMAIL, "Reader One", roles, true, "hashed:" + PASSWORD, null));
            when(tokens.open(anyString(), anyList(), anyMap()))
                    .thenReturn(new TokenService.Session("access", "refresh", 900));
            MueJamProperties properties = mock(MueJamProperties.class);
            when(properties.security()).thenReturn(new MueJamProperties.Security(staffRule));
            signIn = new SignIn(
                    commands,
                    users.gateway(),
                    new PlainPasswordHasher(),
                    directory,
                    new InMemorySecondFactorChallenges(),
                    new TwoFactorRequirement(properties),
                    new PrefixGeoLocator(),
                    new InMemoryDeviceTokens(),
                    new RecordingCommandAttribution(),
                    Clock.systemUTC());
            sessions = new SignInSessions(
                    tokens,
                    signIn,
                    new org.muejam.infra.security.SuspendedAccounts(
                            users.gateway(), Clock.systemUTC(), java.time.Duration.ofSeconds(5), 100));
        }

        /** A password sign-in as the login endpoint makes it: a session only for a sign-in. */
        Optional<SignIn.Outcome> login(String email, String password) {
            Optional<SignIn.Outcome> outcome = signIn.withPassword(email, password, null);
            outcome.filter(SignIn.SignedIn.class::isInstance)
                    .ifPresent(signedIn -> sessions.open((SignIn.SignedIn) signedIn));
            return outcome;
        }
    }

    @Property(tries = 150)
    void aUserWithTwoFactorNeverGetsASessionFromAPasswordAlone(
            @ForAll("attempts") List<Attempt> attempts,
            @ForAll("roles") List<String> roles,
            @ForAll boolean staffRule) {
        Harness harness = new Harness(roles, staffRule);
        harness.directory.enabled(UserId.of(USER_ID));
        Set<String> challenges = new HashSet<>();

        for (Attempt attempt : attempts) {
            Optional<SignIn.Outcome> answer = harness.login(attempt.email(), attempt.password());
            if (attempt.rightPassword()) {
                assertThat(answer).containsInstanceOf(SignIn.SecondFactorRequired.class);
                SignIn.SecondFactorRequired challenge = (SignIn.SecondFactorRequired) answer.get();
                assertThat(challenge.expiresIn()).isEqualTo(300);
                assertThat(challenges.add(challenge.challengeToken()))
                        .as("a fresh challenge each time")
                        .isTrue();
            } else {
                assertThat(answer).isEmpty();
            }
        }
        verify(harness.tokens, never()).open(anyString(), anyList());
        verify(harness.tokens, never()).open(anyString(), anyList(), anyMap());
        verify(harness.commands, never()).sendAndWait(any(RecordLoginCommand.class));
    }

    @Property(tries = 50)
    void withoutTwoFactorTheSamePasswordOpensASession(@ForAll("roles") List<String> roles, @ForAll boolean staffRule) {
        Harness harness = new Harness(roles, staffRule);

        Optional<SignIn.Outcome> answer = harness.login(EMAIL, PASSWORD);

        assertThat(answer).containsInstanceOf(SignIn.SignedIn.class);
        boolean staff = roles.stream().anyMatch(r -> !r.equals("USER"));
        Map<String, Object> claims = staffRule && staff ? SetupOnlySession.CLAIMS : Map.of();
        verify(harness.tokens).open(USER_ID, roles, claims);
        verify(harness.commands).sendAndWait(new RecordLoginCommand(UserId.of(USER_ID)));
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<String> wrong =
                Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(p -> !p.equals(PASSWORD));
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        wrong,
                        Arbitraries.integers().between(0, 2))
                .as(Attempt::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<String>> roles() {
        return Arbitraries.of("MODERATOR", "SENIOR_MODERATOR", "ADMINISTRATOR")
                .set()
                .ofMaxSize(3)
                .map(staff -> {
                    List<String> all = new java.util.ArrayList<>(List.of("USER"));
                    all.addAll(staff.stream().sorted().toList());
                    return List.copyOf(all);
                });
    }
}
