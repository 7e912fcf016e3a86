package org.muejam.command.moderation.application;

import org.muejam.command.moderation.DmcaEffects;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.TakedownAction;
import org.springframework.stereotype.Component;

/** An approved notice hides its content through the content's own aggregate (decision 0033). */
@Component
public class DmcaContentEffects implements DmcaEffects {

    private final ContentTakedowns takedowns;

    public DmcaContentEffects(ContentTakedowns takedowns) {
        this.takedowns = takedowns;
    }

    @Override
    public void hide(ContentType type, String contentId, UserId agent, String reason) {
        takedowns.takeDown(agent, type, contentId, TakedownAction.HIDE, reason);
    }
}
