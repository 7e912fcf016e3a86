package org.muejam.command.testing;

import org.muejam.command.identity.PasswordHasher;

/** Compares in plain text: fixtures are about the rules around passwords, not about Argon2's cost. */
public final class PlainPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(hash(password));
    }
}
