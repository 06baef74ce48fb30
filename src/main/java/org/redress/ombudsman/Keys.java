package org.redress.ombudsman;

import java.util.Arrays;

/** Parsing of the lower_snake_case keys forms and the API use for this module's enums. */
final class Keys {

    private Keys() {
    }

    /** The constant whose lower-case name is {@code key}, or null for blank; IllegalArgumentException otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String wanted = key.trim().toUpperCase().replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not one of the choices"));
    }
}
