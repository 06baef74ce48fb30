package org.redress.ombudsman;

import java.util.Arrays;

/** The Ombudsman's complaint categories (docs/rules.md §12; the annual report's table 17), in its order. */
public enum OmbudsmanCategory {
    ADULT_CARE_SERVICES("Adult care services"),
    BENEFITS_AND_TAX("Benefits and tax"),
    CORPORATE_AND_OTHER_SERVICES("Corporate and other services"),
    EDUCATION_AND_CHILDRENS_SERVICES("Education and children's services"),
    ENVIRONMENTAL_SERVICES("Environmental services"),
    HIGHWAYS_AND_TRANSPORT("Highways and transport"),
    HOUSING("Housing"),
    PLANNING_AND_DEVELOPMENT("Planning and development"),
    OTHER("Other");

    private final String label;

    OmbudsmanCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** lower_snake_case, as in the API and in the import's {@code received_<category>} columns. */
    public String key() {
        return name().toLowerCase();
    }

    public static OmbudsmanCategory fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equalsIgnoreCase(key == null ? "" : key.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not an Ombudsman category; use one of "
                        + String.join(", ", Arrays.stream(values()).map(OmbudsmanCategory::key).toList())));
    }
}
