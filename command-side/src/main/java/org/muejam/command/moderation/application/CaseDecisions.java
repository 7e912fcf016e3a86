package org.muejam.command.moderation.application;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.moderation.ModerationPermissions;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.AppealDecision;
import org.muejam.shared.moderation.ClaimCaseCommand;
import org.muejam.shared.moderation.DecideAppealCommand;
import org.muejam.shared.moderation.FileAppealCommand;
import org.muejam.shared.moderation.ModerationAction;
import org.muejam.shared.moderation.ModerationIds;
import org.muejam.shared.moderation.TakeModerationActionCommand;
import org.muejam.shared.text.EnumNames;
import org.springframework.stereotype.Service;

/**
 * What moderators and authors do with a case: claim it, act on it, appeal its strike, decide the appeal. The role
 * comes from the caller's access token; the case checks it against the action (the role matrix) and its own state.
 */
@Service
public class CaseDecisions {

    private final CommandGateway commands;

    public CaseDecisions(CommandGateway commands) {
        this.commands = commands;
    }

    /** The highest moderation role among the caller's roles (USER when none). */
    public static Role highest(Set<Role> roles) {
        Role best = Role.USER;
        for (Role role : roles) {
            if (role.ordinal() > best.ordinal()) {
                best = role;
            }
        }
        return best;
    }

    public void claim(UserId moderator, Role role, String caseId) {
        requireModerator(role);
        commands.sendAndWait(new ClaimCaseCommand(existingCase(caseId), moderator));
    }

    public void act(
            UserId moderator, Role role, String caseId, String action, String reason, Integer days, Long version) {
        ModerationAction chosen = action(action);
        ModerationPermissions.require(role, chosen);
        if (version != null && version < 0) {
            throw DomainRuleViolation.invalid("invalid-version", "version", "a case's version is 0 or more");
        }
        commands.sendAndWait(
                new TakeModerationActionCommand(existingCase(caseId), version, moderator, role, chosen, reason, days));
    }

    public String appeal(UserId author, String strikeId, String text) {
        String caseId = ModerationIds.caseOf(strikeId);
        if (caseId == null || !strikeId.startsWith(ModerationIds.STRIKE)) {
            throw DomainRuleViolation.notFound("strike-not-found", "strikeId", "no strike of yours with this id");
        }
        return commands.sendAndWait(new FileAppealCommand(caseId, strikeId, author, text));
    }

    public void decide(UserId moderator, Role role, String appealId, String decision, String reason) {
        requireModerator(role);
        String caseId = ModerationIds.caseOf(appealId);
        if (caseId == null || !appealId.startsWith(ModerationIds.APPEAL)) {
            throw DomainRuleViolation.notFound("appeal-not-found", null, "no appeal with this id");
        }
        commands.sendAndWait(new DecideAppealCommand(caseId, appealId, moderator, role, decision(decision), reason));
    }

    private static void requireModerator(Role role) {
        if (!ModerationPermissions.moderates(role)) {
            throw ModerationPermissions.forbidden("moderators-only", "only moderators do this");
        }
    }

    private static String existingCase(String caseId) {
        if (!ModerationIds.isValid(ModerationIds.CASE, caseId)) {
            throw DomainRuleViolation.notFound("case-not-found", "caseId", "no case with this id");
        }
        return caseId;
    }

    private static ModerationAction action(String action) {
        return EnumNames.parse(ModerationAction.class, action)
                .orElseThrow(() -> DomainRuleViolation.invalid(
                        "invalid-action", "action", "the action is DISMISS, WARN, HIDE, DELETE, SUSPEND or SHADOWBAN"));
    }

    private static AppealDecision decision(String decision) {
        return EnumNames.parse(AppealDecision.class, decision)
                .orElseThrow(() ->
                        DomainRuleViolation.invalid("invalid-decision", "decision", "the decision is UPHOLD or DENY"));
    }
}
