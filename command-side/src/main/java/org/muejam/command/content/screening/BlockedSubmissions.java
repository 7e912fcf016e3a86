package org.muejam.command.content.screening;

import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;

/**
 * Where refused submissions are recorded (as events). The refused command's unit of work stores nothing, so the
 * record is kept apart from it, in a unit of work of its own; a failure to record never turns the refusal into
 * another error.
 */
public interface BlockedSubmissions {

    void record(ContentType type, UserId author, String field, FilterOutcome.Block block);
}
