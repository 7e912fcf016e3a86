package org.muejam.shared.moderation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A moderator hides, restores or deletes a whisper, giving a reason (the aggregate refuses a restore after a delete). */
public record TakeDownWhisperCommand(
        @TargetAggregateIdentifier String whisperId, TakedownAction action, UserId moderatorId, String reason) {}
