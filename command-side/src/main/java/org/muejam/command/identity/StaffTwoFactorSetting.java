package org.muejam.command.identity;

/** Whether the platform currently requires staff to use two-factor authentication; read at each sign-in. */
public interface StaffTwoFactorSetting {

    boolean required();
}
