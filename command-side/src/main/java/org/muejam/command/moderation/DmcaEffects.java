package org.muejam.command.moderation;

import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;

/**
 * What an approved DMCA notice does beyond the notice: the content is hidden. The notice calls it while it records
 * the approval, in the same unit of work, so approval and takedown are stored together or not at all.
 */
public interface DmcaEffects {

    /** Hides a story, comment or whisper (a chapter's notice hides its story). */
    void hide(ContentType type, String contentId, UserId agent, String reason);
}
