package org.muejam.shared.content;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** Posts a whisper (a short post); content as screened, {@code flags} what the screening reported. */
public record PostWhisperCommand(
        @TargetAggregateIdentifier String whisperId, UserId authorId, String content, List<ScreeningFinding> flags) {}
