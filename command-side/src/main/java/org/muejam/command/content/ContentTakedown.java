package org.muejam.command.content;

import java.time.Instant;
import java.util.Optional;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.TakedownAction;

/**
 * The one rule of a takedown, shared by stories, comments and whispers (decision 0033): HIDE hides what is visible,
 * RESTORE gives back what is hidden, DELETE is final. Hiding what is hidden, or restoring what is visible, stores
 * nothing; after a delete only another delete is accepted (and stores nothing). REINSTATE, which only an upheld
 * appeal sends, gives back hidden or deleted content alike.
 */
final class ContentTakedown {

    private ContentTakedown() {}

    /** The event the action leads to from {@code current}, or empty when it changes nothing. */
    static Optional<Object> decide(
            ContentModeration current,
            ContentType type,
            String contentId,
            UserId author,
            TakedownAction action,
            UserId moderator,
            String reason,
            Instant now) {
        if (action == null) {
            throw DomainRuleViolation.invalid(
                    "invalid-takedown-action", "action", "the action is HIDE, RESTORE or DELETE");
        }
        if (moderator == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "a takedown names its moderator");
        }
        String why = ModerationReason.require(reason);
        String authorId = author.value();
        if (action == TakedownAction.REINSTATE) {
            return current == null
                    ? Optional.empty()
                    : Optional.of(new ContentRestoredEvent(type, contentId, authorId, moderator.value(), why, now));
        }
        if (current == ContentModeration.DELETED) {
            if (action == TakedownAction.DELETE) {
                return Optional.empty();
            }
            throw DomainRuleViolation.conflict("content-deleted", "action", "deleted content is never restored");
        }
        return switch (action) {
            case HIDE ->
                current == ContentModeration.HIDDEN
                        ? Optional.empty()
                        : Optional.of(new ContentHiddenEvent(type, contentId, authorId, moderator.value(), why, now));
            case RESTORE ->
                current == null
                        ? Optional.empty()
                        : Optional.of(new ContentRestoredEvent(type, contentId, authorId, moderator.value(), why, now));
            case DELETE -> Optional.of(new ContentDeletedEvent(type, contentId, authorId, moderator.value(), why, now));
            case REINSTATE -> throw new IllegalStateException("decided above");
        };
    }

    /** Where the content stands after one of the three events. */
    static ContentModeration after(Object event) {
        if (event instanceof ContentHiddenEvent) {
            return ContentModeration.HIDDEN;
        }
        return event instanceof ContentDeletedEvent ? ContentModeration.DELETED : null;
    }
}
