package org.muejam.command.moderation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.muejam.command.testing.Violations.assertRefused;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.GrantModeratorRoleCommand;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.ListModeratorsQuery;
import org.muejam.shared.moderation.ModeratorList;
import org.muejam.shared.moderation.RevokeModeratorRoleCommand;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.muejam.shared.moderation.TakeDownCommentCommand;
import org.muejam.shared.moderation.TakeDownStoryCommand;
import org.muejam.shared.moderation.TakeDownWhisperCommand;
import org.muejam.shared.moderation.TakedownAction;

/** The moderation use cases: the right command for the content, known accounts and roles only (decision 0033). */
class ModerationUseCasesTest {

    private static final UserId ADMIN = UserId.of("admin-1");
    private static final UserId MEMBER = UserId.of("member-2");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final ReadModel readModel = new ReadModel();
    private final ContentTakedowns takedowns = new ContentTakedowns(commands);
    private final ModeratorRoles roles = new ModeratorRoles(commands, readModel.gateway());
    private final Shadowbans shadowbans = new Shadowbans(commands);

    /** The users read model as the use cases ask it. */
    static final class ReadModel {
        final Map<String, UserAccountResponse> accounts = new HashMap<>();
        private final SimpleQueryBus bus = SimpleQueryBus.builder().build();
        private final ModeratorList moderators = new ModeratorList(
                List.of(new ModeratorList.Moderator("admin-1", "Admin", "ADMINISTRATOR", Instant.EPOCH)));

        ReadModel() {
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
            accounts.put(
                    MEMBER.value(),
                    new UserAccountResponse(
                            MEMBER.value(), "m@example.org", "Member", List.of("USER"), true, null, null));
            // an id no account may have, even were a read model to hold one: never asked about
            accounts.put("bell\u0007", accounts.get(MEMBER.value()));
            accounts.put("u".repeat(UserId.MAX_LENGTH), accounts.get(MEMBER.value()));
        }

        DefaultQueryGateway gateway() {
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }

        @QueryHandler
        Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
            return Optional.ofNullable(accounts.get(query.userId()));
        }

        @QueryHandler
        ModeratorList handle(ListModeratorsQuery query) {
            return moderators;
        }
    }

    @Test
    void eachKindOfContentGetsItsAggregatesCommand() {
        String story = ContentIds.random(ContentIds.STORY);
        String comment = ContentIds.random(ContentIds.COMMENT);
        String whisper = ContentIds.random(ContentIds.WHISPER);
        takedowns.takeDown(ADMIN, ContentType.STORY, story, TakedownAction.HIDE, "spam");
        takedowns.takeDown(ADMIN, ContentType.COMMENT, comment, TakedownAction.DELETE, "hate");
        takedowns.takeDown(ADMIN, ContentType.WHISPER, whisper, TakedownAction.RESTORE, "appeal");
        assertThat(commands.sent())
                .containsExactly(
                        new TakeDownStoryCommand(story, TakedownAction.HIDE, ADMIN, "spam"),
                        new TakeDownCommentCommand(comment, TakedownAction.DELETE, ADMIN, "hate"),
                        new TakeDownWhisperCommand(whisper, TakedownAction.RESTORE, ADMIN, "appeal"));
    }

    @Test
    void chaptersListsAndMalformedIdsAreRefusedBeforeAnyCommand() {
        String story = ContentIds.random(ContentIds.STORY);
        assertRefused(
                () -> takedowns.takeDown(ADMIN, ContentType.CHAPTER, story, TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.INVALID,
                "unsupported-content-type");
        assertRefused(
                () -> takedowns.takeDown(ADMIN, ContentType.READING_LIST, story, TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.INVALID,
                "unsupported-content-type");
        assertRefused(
                () -> takedowns.takeDown(ADMIN, null, story, TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.INVALID,
                "unsupported-content-type");
        assertRefused(
                () -> takedowns.takeDown(ADMIN, ContentType.COMMENT, story, TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.NOT_FOUND,
                "content-not-found");
        assertRefused(
                () -> takedowns.takeDown(ADMIN, ContentType.WHISPER, "whisper:\u0000", TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.NOT_FOUND,
                "content-not-found");
        assertRefused(
                () -> takedowns.takeDown(ADMIN, ContentType.STORY, null, TakedownAction.HIDE, "x"),
                DomainRuleViolation.Kind.NOT_FOUND,
                "content-not-found");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aKnownAccountIsGivenAModerationRoleWrittenInAnyCase() {
        roles.grant(ADMIN, MEMBER.value(), " senior_moderator ");
        roles.revoke(ADMIN, MEMBER.value());
        assertThat(commands.sent())
                .containsExactly(
                        new GrantModeratorRoleCommand(MEMBER, Role.SENIOR_MODERATOR, ADMIN),
                        new RevokeModeratorRoleCommand(MEMBER, ADMIN));
        assertThat(roles.list().items())
                .extracting(ModeratorList.Moderator::userId)
                .containsExactly("admin-1");
    }

    @Test
    void theLongestAccountIdIsKnown() {
        String longest = "u".repeat(UserId.MAX_LENGTH);
        roles.grant(ADMIN, longest, "MODERATOR");
        assertThat(commands.sent())
                .containsExactly(new GrantModeratorRoleCommand(UserId.of(longest), Role.MODERATOR, ADMIN));
    }

    @Test
    void unknownRolesAndAccountsAreRefused() {
        for (String role : new String[] {null, "USER", "user", "KING", "", "MODERATOR\u0000"}) {
            assertRefused(
                    () -> roles.grant(ADMIN, MEMBER.value(), role), DomainRuleViolation.Kind.INVALID, "invalid-role");
        }
        for (String user : new String[] {null, "", "  ", "u".repeat(65), "nobody", "member-2\u0000", "bell\u0007"}) {
            assertRefused(
                    () -> roles.grant(ADMIN, user, "MODERATOR"), DomainRuleViolation.Kind.NOT_FOUND, "user-not-found");
            assertRefused(() -> roles.revoke(ADMIN, user), DomainRuleViolation.Kind.NOT_FOUND, "user-not-found");
        }
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aShadowbanIsSentToTheAuthorsAccount() {
        shadowbans.shadowban(ADMIN, MEMBER, "spam");
        shadowbans.lift(ADMIN, MEMBER, "appeal");
        assertThat(commands.sent())
                .containsExactly(
                        new ShadowbanAuthorCommand(MEMBER, ADMIN, "spam"),
                        new LiftShadowbanCommand(MEMBER, ADMIN, "appeal"));
    }
}
