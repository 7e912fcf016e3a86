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
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.security.TokenService;
import org.muejam.query.identity.UserAccountReader;
import org.muejam.shared.identity.RecordLoginCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

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

    /** The service with every collaborator but the sign-in logic replaced. */
    private static final class Harness {
        final CommandGateway commands = mock(CommandGateway.class);
        final TokenService tokens = mock(TokenService.class);
        final SecondFactorChallenges challenges = mock(SecondFactorChallenges.class);
        final Set<UserId> enabled = new HashSet<>();
        final AccountService accounts;

        Harness(List<String> roles, boolean staffRule) {
            UserAccountReader users = mock(UserAccountReader.class);
            UserAccountReader.UserAccountView view = new UserAccountReader.UserAccountView(
                    USER_ID, EMAIL, "Reader One", roles, true, "hashed:" + PASSWORD, null);
            when(users.byEmail(anyString()))
                    .thenAnswer(call ->
                            EMAIL.equals(call.<String>getArgument(0).strip().toLowerCase(Locale.ROOT))
                                    ? Optional.of(view)
                                    : Optional.empty());
            when(users.byId(USER_ID)).thenReturn(Optional.of(view));
            AtomicInteger issued = new AtomicInteger();
            when(challenges.issue(anyString())).thenAnswer(call -> "challenge-" + issued.incrementAndGet());
            when(tokens.open(anyString(), anyList(), anyMap()))
                    .thenReturn(new TokenService.Session("access", "refresh", 900));
            MueJamProperties properties = mock(MueJamProperties.class);
            when(properties.security()).thenReturn(new MueJamProperties.Security(staffRule));
            TwoFactorDirectory directory = new TwoFactorDirectory() {
                @Override
                public void enabled(UserId userId) {
                    enabled.add(userId);
                }

                @Override
                public void disabled(UserId userId) {
                    enabled.remove(userId);
                }

                @Override
                public boolean isEnabled(UserId userId) {
                    return enabled.contains(userId);
                }
            };
            accounts = new AccountService(
                    commands,
                    new PlainEncoder(),
                    users,
                    tokens,
                    mock(Mailer.class),
                    mock(JdbcTemplate.class),
                    Clock.systemUTC(),
                    properties,
                    directory,
                    challenges,
                    new TwoFactorRequirement(properties),
                    new PrefixGeoLocator());
        }
    }

    @Property(tries = 150)
    void aUserWithTwoFactorNeverGetsASessionFromAPasswordAlone(
            @ForAll("attempts") List<Attempt> attempts,
            @ForAll("roles") List<String> roles,
            @ForAll boolean staffRule) {
        Harness harness = new Harness(roles, staffRule);
        harness.enabled.add(UserId.of(USER_ID));
        Set<String> challenges = new HashSet<>();

        for (Attempt attempt : attempts) {
            Optional<AccountService.SignIn> answer = harness.accounts.login(attempt.email(), attempt.password());
            if (attempt.rightPassword()) {
                assertThat(answer).containsInstanceOf(AccountService.SecondFactorRequired.class);
                AccountService.SecondFactorRequired challenge = (AccountService.SecondFactorRequired) answer.get();
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

        Optional<AccountService.SignIn> answer = harness.accounts.login(EMAIL, PASSWORD);

        assertThat(answer).containsInstanceOf(AccountService.SessionOpened.class);
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

    /** Compares in plain text: the property is about the sign-in logic, not about Argon2's cost. */
    private static final class PlainEncoder implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return "hashed:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals(encode(raw));
        }
    }
}
