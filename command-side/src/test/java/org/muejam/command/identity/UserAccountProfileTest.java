package org.muejam.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.identity.EraseAccountCommand;
import org.muejam.shared.identity.ProfileState;
import org.muejam.shared.identity.ProfileUpdatedEvent;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UpdateProfileCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserRegisteredEvent;
import org.muejam.shared.personaldata.DataSubject;
import org.muejam.shared.personaldata.PersonalData;

/**
 * Specification of a person's profile on their account: a partial change (null leaves a field, empty takes the bio
 * or avatar off), every change one event with the whole profile, nothing stored for no change, nothing after erasure.
 */
class UserAccountProfileTest {

    private static final Instant NOW = Instant.parse("2026-08-01T09:00:00Z");
    private static final UserId USER = UserId.of("user-1");
    private static final String AVATAR = "image:00000000-0000-4000-8000-000000000001";

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.givenCurrentTime(NOW);
    }

    private static UserRegisteredEvent registered() {
        return new UserRegisteredEvent(
                USER, "user@example.org", "Name", "hash", LocalDate.of(1990, 1, 1), EnumSet.of(Role.USER), NOW);
    }

    private static ProfileUpdatedEvent withBioAndAvatar() {
        return new ProfileUpdatedEvent(
                USER, "Name", "Writes about the sea.", AVATAR, Set.of("bio", "avatarImageId"), NOW);
    }

    @Test
    void settingABioAndAnAvatarStoresTheWholeProfileAndWhatChanged() {
        fixture.given(registered())
                .when(new UpdateProfileCommand(USER, null, "  Writes about the sea.  ", AVATAR))
                .expectEvents(withBioAndAvatar())
                .expectResultMessagePayload(new ProfileState("Name", "Writes about the sea.", AVATAR));
    }

    @Test
    void aFieldLeftOutStaysAsItIs() {
        fixture.given(registered(), withBioAndAvatar())
                .when(new UpdateProfileCommand(USER, "New Name", null, null))
                .expectEvents(new ProfileUpdatedEvent(
                        USER, "New Name", "Writes about the sea.", AVATAR, Set.of("displayName"), NOW));
    }

    @Test
    void anEmptyBioOrAvatarTakesItOff() {
        fixture.given(registered(), withBioAndAvatar())
                .when(new UpdateProfileCommand(USER, null, "", " "))
                .expectEvents(new ProfileUpdatedEvent(USER, "Name", null, null, Set.of("avatarImageId", "bio"), NOW));
    }

    @Test
    void aChangeThatChangesNothingStoresNothing() {
        fixture.given(registered(), withBioAndAvatar())
                .when(new UpdateProfileCommand(USER, " Name ", "Writes about the sea.", AVATAR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new ProfileState("Name", "Writes about the sea.", AVATAR));
    }

    @Test
    void takingOffWhatIsNotThereStoresNothing() {
        fixture.given(registered())
                .when(new UpdateProfileCommand(USER, null, "   ", ""))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theDisplayNameCannotBeTakenOff() {
        fixture.given(registered())
                .when(new UpdateProfileCommand(USER, "  ", null, null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("displayName must not be empty; it can be changed, not removed");
    }

    @Test
    void aBioLongerThanTheLimitIsRefused() {
        fixture.given(registered())
                .when(new UpdateProfileCommand(USER, null, "a".repeat(ProfilePolicy.MAX_BIO + 1), null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("bio has at most 500 characters");
        fixture.given(registered())
                .when(new UpdateProfileCommand(USER, null, "a".repeat(ProfilePolicy.MAX_BIO), null))
                .expectEvents(new ProfileUpdatedEvent(
                        USER, "Name", "a".repeat(ProfilePolicy.MAX_BIO), null, Set.of("bio"), NOW));
    }

    @Test
    void anErasedAccountKeepsNoProfileAndTakesNoChange() {
        fixture.given(registered(), withBioAndAvatar(), new AccountErasedEvent(USER, "deletion:1", NOW))
                .when(new UpdateProfileCommand(USER, null, "back again", null))
                .expectNoEvents()
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("this account was erased");
    }

    @Test
    void theProfileIsThePersonsPersonalDataSoErasureForgetsIt() {
        RecordComponent[] components = ProfileUpdatedEvent.class.getRecordComponents();
        assertThat(Arrays.stream(components)
                        .filter(c -> c.isAnnotationPresent(DataSubject.class))
                        .map(RecordComponent::getName))
                .containsExactly("userId");
        assertThat(Arrays.stream(components)
                        .filter(c -> c.isAnnotationPresent(PersonalData.class))
                        .map(RecordComponent::getName))
                .containsExactly("displayName", "bio", "avatarImageId");
        ProfileUpdatedEvent erased = new ProfileUpdatedEvent(
                USER, "Deleted User", PersonalData.ERASED, PersonalData.ERASED, Set.of("bio"), NOW);
        assertThat(erased.bioShown()).isNull();
        assertThat(erased.avatarImageIdShown()).isNull();
        assertThat(withBioAndAvatar().bioShown()).isEqualTo("Writes about the sea.");
        assertThat(withBioAndAvatar().avatarImageIdShown()).isEqualTo(AVATAR);
    }

    @Test
    void erasingTheAccountAnswersItsAvatarForTheErasureToDeleteAsLongAsTheKeyLasts() {
        fixture.given(registered(), withBioAndAvatar())
                .when(new EraseAccountCommand(USER, "deletion:1"))
                .expectEvents(new AccountErasedEvent(USER, "deletion:1", NOW))
                .expectResultMessagePayload(AVATAR);
        fixture.given(registered(), withBioAndAvatar(), new AccountErasedEvent(USER, "deletion:1", NOW))
                .when(new EraseAccountCommand(USER, "deletion:1"))
                .expectNoEvents()
                .expectResultMessagePayload(AVATAR);
        // once the key is destroyed the change reads with placeholders: no avatar is left to name
        ProfileUpdatedEvent unreadable = new ProfileUpdatedEvent(
                USER, "Deleted User", PersonalData.ERASED, PersonalData.ERASED, Set.of("bio", "avatarImageId"), NOW);
        fixture.given(registered(), unreadable, new AccountErasedEvent(USER, "deletion:1", NOW))
                .when(new EraseAccountCommand(USER, "deletion:1"))
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }
}
