package org.muejam.command.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.command.identity.ProfilePersonalData;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryEmailVerificationStatus;
import org.muejam.command.testing.PassThroughScreening;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.identity.ProfileState;
import org.muejam.shared.identity.UpdateProfileCommand;
import org.muejam.shared.identity.UserId;

/** The profile use case: what reaches the account, and what is refused before anything is sent. */
class ProfileEditingTest {

    private static final UserId PERSON = UserId.of("user-1");
    private static final UserId OTHER = UserId.of("user-2");
    private static final UserId UNVERIFIED = UserId.of("user-3");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final Images images = new Images();
    private final PassThroughScreening screening = new PassThroughScreening();
    private final ProfilePersonalData personalData = text -> text.contains("@") ? Set.of("EMAIL") : Set.of();
    private final InMemoryEmailVerificationStatus emails = new InMemoryEmailVerificationStatus()
            .account(PERSON, true)
            .account(OTHER, true)
            .account(UNVERIFIED, false);

    private ProfileEditing editing() {
        return new ProfileEditing(commands, images.gateway(), screening, personalData, emails);
    }

    /** The images read model as the use case asks it. */
    static final class Images {
        final Map<String, ImageResponse> byId = new HashMap<>();
        private final SimpleQueryBus bus = SimpleQueryBus.builder().build();

        Images() {
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        }

        DefaultQueryGateway gateway() {
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }

        String upload(UserId owner) {
            String id = "image:" + java.util.UUID.randomUUID();
            byId.put(id, new ImageResponse(id, owner.value(), List.of(), false, ImageModerationStatus.CLEAR));
            return id;
        }

        @QueryHandler
        Optional<ImageResponse> handle(FindImageQuery query) {
            return Optional.ofNullable(byId.get(query.imageId()));
        }
    }

    private DomainRuleViolation refused(ProfileEditing.Changes changes, UserId person) {
        DomainRuleViolation violation =
                catchThrowableOfType(() -> editing().update(person, changes), DomainRuleViolation.class);
        assertThat(violation).isNotNull();
        assertThat(commands.sent()).isEmpty();
        return violation;
    }

    @Test
    void aScreenedBioAndTheOwnImageReachTheAccountAndLeftOutFieldsStayNull() {
        String avatar = images.upload(PERSON);
        screening.rewriting(text -> text.replace("123-45-6789", "[redacted]"));
        editing().update(PERSON, new ProfileEditing.Changes(null, "  I write 123-45-6789 tales 🌊 ", avatar));
        assertThat(commands.sent(UpdateProfileCommand.class))
                .containsExactly(new UpdateProfileCommand(PERSON, null, "I write [redacted] tales 🌊", avatar));
        assertThat(screening.seen()).hasSize(1);
        assertThat(screening.seen().get(0).texts()).containsOnlyKeys("bio");
    }

    @Test
    void emptyStringsTakeTheBioAndTheAvatarOffWithoutScreeningAnything() {
        editing().update(PERSON, new ProfileEditing.Changes(null, "", ""));
        assertThat(commands.sent(UpdateProfileCommand.class))
                .containsExactly(new UpdateProfileCommand(PERSON, null, "", ""));
        assertThat(screening.seen()).isEmpty();
    }

    @Test
    void personalDataInTheBioOrTheNameIsRefusedNamingTheField() {
        DomainRuleViolation bio = refused(new ProfileEditing.Changes(null, "write me at me@example.org", null), PERSON);
        assertThat(bio.problemType()).isEqualTo("personal-data-in-profile");
        assertThat(bio.field()).isEqualTo("bio");
        assertThat(bio.getMessage()).contains("EMAIL").doesNotContain("me@example.org");
        DomainRuleViolation name = refused(new ProfileEditing.Changes("me@example.org", null, null), PERSON);
        assertThat(name.field()).isEqualTo("displayName");
        assertThat(screening.seen()).isEmpty();
    }

    @Test
    void aBioTheFiltersRefuseOrFlagIsRefusedNamingTheRule() {
        screening.refusingBy("spam");
        assertThat(refused(new ProfileEditing.Changes(null, "buy now", null), PERSON)
                        .problemType())
                .isEqualTo("content-refused");
        PassThroughScreening flagging =
                new PassThroughScreening().flagging(new ScreeningFinding("hate-speech", "slur", "HIGH", "a slur"));
        DomainRuleViolation flagged = catchThrowableOfType(
                () -> new ProfileEditing(commands, images.gateway(), flagging, personalData, emails)
                        .update(PERSON, new ProfileEditing.Changes(null, "something hateful", null)),
                DomainRuleViolation.class);
        assertThat(flagged.problemType()).isEqualTo("content-refused");
        assertThat(flagged.field()).isEqualTo("hate-speech");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theAvatarIsAnImageThePersonUploaded() {
        String someoneElses = images.upload(OTHER);
        for (String id : List.of(someoneElses, "image:unknown", "i".repeat(65))) {
            DomainRuleViolation violation = refused(new ProfileEditing.Changes(null, null, id), PERSON);
            assertThat(violation.problemType()).isEqualTo("avatar-image-not-found");
            assertThat(violation.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND);
            assertThat(violation.field()).isEqualTo("avatarImageId");
        }
    }

    @Test
    void tooLongOrEmptyTextsAreRefusedBeforeAnythingIsScreened() {
        assertThat(refused(new ProfileEditing.Changes(null, "b".repeat(501), null), PERSON)
                        .field())
                .isEqualTo("bio");
        assertThat(refused(new ProfileEditing.Changes(" ", null, null), PERSON).field())
                .isEqualTo("displayName");
        assertThat(refused(new ProfileEditing.Changes("n".repeat(101), null, null), PERSON)
                        .field())
                .isEqualTo("displayName");
        assertThat(screening.seen()).isEmpty();
    }

    @Test
    void onlyAPersonWithAVerifiedAddressChangesTheirProfile() {
        assertThat(refused(new ProfileEditing.Changes(null, "hello", null), UNVERIFIED)
                        .problemType())
                .isEqualTo("email-verification-required");
    }

    @Test
    void theProfileAsTheAccountNowHoldsItIsWhatTheUpdateAnswers() {
        ProfileState state = new ProfileState("Reader", "I write tales", null);
        commands.answer(UpdateProfileCommand.class, state);

        assertThat(editing().update(PERSON, new ProfileEditing.Changes(null, "I write tales", null)))
                .isEqualTo(state);
    }

    @Test
    void anAvatarIdOfSixtyFourCharactersIsAccepted() {
        String id = "i".repeat(64);
        images.byId.put(id, new ImageResponse(id, PERSON.value(), List.of(), false, ImageModerationStatus.CLEAR));

        editing().update(PERSON, new ProfileEditing.Changes(null, null, id));

        assertThat(commands.sent(UpdateProfileCommand.class))
                .containsExactly(new UpdateProfileCommand(PERSON, null, null, id));
    }
}
