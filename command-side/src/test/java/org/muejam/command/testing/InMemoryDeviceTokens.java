package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.muejam.command.identity.DeviceTokens;
import org.muejam.shared.identity.UserId;

/** Device tokens remembered instead of signed: "device-1", "device-2"... valid for the account and password issued. */
public final class InMemoryDeviceTokens implements DeviceTokens {

    private record Issued(UserId userId, String email, String passwordHash, String deviceId) {}

    private final Map<String, Issued> issued = new HashMap<>();

    @Override
    public String issue(UserId userId, String email, String passwordHash) {
        String token = "device-" + (issued.size() + 1);
        issued.put(token, new Issued(userId, email, passwordHash, "id-of-" + token));
        return token;
    }

    @Override
    public Optional<String> recognise(String token, UserId userId, String email, String passwordHash) {
        return Optional.ofNullable(issued.get(token))
                .filter(device -> device.userId().equals(userId)
                        && device.email().equals(email)
                        && device.passwordHash().equals(passwordHash))
                .map(Issued::deviceId);
    }

    /** The device id a token stands for, as the account sees it. */
    public static String idOf(String token) {
        return "id-of-" + token;
    }
}
