package org.muejam.infra.moderation;

import java.time.Duration;
import org.muejam.command.moderation.DmcaRestoreWait;
import org.muejam.command.moderation.ModerationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Moderation's settings: how long a claim holds a case ({@code muejam.moderation.claim-duration}, 30 minutes). The
 * deadlines (a claim's and an appeal window's end) go to the persistent deadline manager (DeadlineConfig).
 */
@Configuration
public class ModerationConfig {

    /**
     * How many business days counter-noticed content stays down before it is restored
     * ({@code muejam.dmca.restore-business-days}, 10 to 14 as the statute allows; 12 by default).
     */
    @Bean
    DmcaRestoreWait dmcaRestoreWait(@Value("${muejam.dmca.restore-business-days:12}") int businessDays) {
        return new DmcaRestoreWait(businessDays);
    }

    @Bean
    ModerationSettings moderationSettings(@Value("${muejam.moderation.claim-duration:30m}") Duration claimFor) {
        return new ModerationSettings(claimFor, ModerationSettings.APPEAL_WINDOW);
    }
}
