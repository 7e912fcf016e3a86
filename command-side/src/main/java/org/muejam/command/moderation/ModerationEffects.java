package org.muejam.command.moderation;

import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.TakedownAction;

/**
 * What a case's action does beyond the case: content taken down or given back, an account suspended or shadowbanned
 * or set free. The case calls it while it records the action, in the same unit of work, so the action and its effect
 * are stored together or not at all.
 */
public interface ModerationEffects {

    void takeDown(ReportSubjectType type, String contentId, TakedownAction action, UserId moderator, String reason);

    void suspend(UserId author, UserId moderator, String reason, Integer days, String caseId);

    void liftSuspension(UserId author, UserId moderator, String reason, String caseId);

    void shadowban(UserId author, UserId moderator, String reason);

    void liftShadowban(UserId author, UserId moderator, String reason);
}
