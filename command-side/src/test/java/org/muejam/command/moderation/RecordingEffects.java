package org.muejam.command.moderation;

import java.util.ArrayList;
import java.util.List;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.TakedownAction;

/** Effects and open-case rows recorded as lines, for tests to read back. */
final class RecordingEffects implements ModerationEffects, OpenCases {

    final List<String> calls = new ArrayList<>();

    @Override
    public void takeDown(
            ReportSubjectType type, String contentId, TakedownAction action, UserId moderator, String reason) {
        calls.add("takeDown " + type + " " + contentId + " " + action + " " + moderator + " " + reason);
    }

    @Override
    public void suspend(UserId author, UserId moderator, String reason, Integer days, String caseId) {
        calls.add("suspend " + author + " " + moderator + " " + reason + " " + days + " " + caseId);
    }

    @Override
    public void liftSuspension(UserId author, UserId moderator, String reason, String caseId) {
        calls.add("liftSuspension " + author + " " + moderator + " " + reason + " " + caseId);
    }

    @Override
    public void shadowban(UserId author, UserId moderator, String reason) {
        calls.add("shadowban " + author + " " + moderator + " " + reason);
    }

    @Override
    public void liftShadowban(UserId author, UserId moderator, String reason) {
        calls.add("liftShadowban " + author + " " + moderator + " " + reason);
    }

    @Override
    public String claim(ReportSubjectType type, String subjectId, String proposed) {
        calls.add("claim " + type + " " + subjectId);
        return proposed;
    }

    @Override
    public void release(ReportSubjectType type, String subjectId, String caseId) {
        calls.add("release " + type + " " + subjectId + " " + caseId);
    }
}
