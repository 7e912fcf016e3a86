package org.muejam.shared.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The constant of an enum that a request names: in any letter case, with white space around it. Anything else,
 * including null, is empty, so the caller words its own refusal (which field, which values).
 */
public final class EnumNames {

    private EnumNames() {}

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String given) {
        if (given == null) {
            return Optional.empty();
        }
        String name = given.strip().toUpperCase(Locale.ROOT);
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
