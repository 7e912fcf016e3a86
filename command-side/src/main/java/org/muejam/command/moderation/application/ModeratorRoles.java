package org.muejam.command.moderation.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.GrantModeratorRoleCommand;
import org.muejam.shared.moderation.ListModeratorsQuery;
import org.muejam.shared.moderation.ModeratorList;
import org.muejam.shared.moderation.RevokeModeratorRoleCommand;
import org.muejam.shared.text.EnumNames;
import org.springframework.stereotype.Service;

/**
 * Administrators give and take the moderation roles (decision 0033). The role lives on the account as events, and
 * the users read model carries it into the next access token (sign-in and refresh read the roles from there).
 */
@Service
public class ModeratorRoles {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ModeratorRoles(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public void grant(UserId administrator, String userId, String role) {
        Role wanted = role(role);
        commands.sendAndWait(new GrantModeratorRoleCommand(existing(userId), wanted, administrator));
    }

    public void revoke(UserId administrator, String userId) {
        commands.sendAndWait(new RevokeModeratorRoleCommand(existing(userId), administrator));
    }

    public ModeratorList list() {
        return Queries.ask(queries, new ListModeratorsQuery(), ResponseTypes.instanceOf(ModeratorList.class));
    }

    private static Role role(String role) {
        return EnumNames.parse(Role.class, role)
                .filter(named -> named != Role.USER)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-role", "role", "the role is MODERATOR, SENIOR_MODERATOR or ADMINISTRATOR"));
    }

    private UserId existing(String userId) {
        if (userId == null
                || userId.isBlank()
                || userId.length() > UserId.MAX_LENGTH
                || userId.chars().anyMatch(Character::isISOControl)
                || Queries.optional(queries, new FindUserAccountQuery(userId), UserAccountResponse.class)
                        .isEmpty()) {
            throw DomainRuleViolation.notFound("user-not-found", "userId", "no account with this id");
        }
        return UserId.of(userId);
    }
}
