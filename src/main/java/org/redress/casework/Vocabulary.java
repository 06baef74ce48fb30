package org.redress.casework;

import java.util.Arrays;

/** Shared parsing of the lower_snake_case keys the API and CSV use for every enum. */
final class Vocabulary {

    private Vocabulary() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String key, String what) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Enter the " + what);
        }
        String wanted = key.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key.trim() + "' is not a " + what + "; use one of "
                        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList())));
    }
}
