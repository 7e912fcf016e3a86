package org.muejam.command.identity;

/** Turns a password into the slow, salted hash stored with the account, and checks a password against one. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
