package org.muejam.infra.identity;

import java.util.concurrent.atomic.AtomicBoolean;
import org.muejam.command.identity.StaffTwoFactorSetting;
import org.muejam.infra.config.MueJamProperties;
import org.springframework.stereotype.Component;

/**
 * Whether staff must use two-factor authentication (muejam.security.require-2fa-for-moderators). Read at each
 * sign-in; {@link #require} changes it while the platform runs (tests use it on the one shared context).
 */
@Component
public class TwoFactorRequirement implements StaffTwoFactorSetting {

    private final AtomicBoolean required;

    public TwoFactorRequirement(MueJamProperties properties) {
        this.required = new AtomicBoolean(properties.security().require2faForModerators());
    }

    @Override
    public boolean required() {
        return required.get();
    }

    /** Sets the requirement; returns the previous setting. */
    public boolean require(boolean staffMustUseTwoFactor) {
        return required.getAndSet(staffMustUseTwoFactor);
    }
}
