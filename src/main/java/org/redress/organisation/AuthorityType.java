package org.redress.organisation;

import java.util.Arrays;

/** The Ombudsman's peer groups: an authority is compared with the average of others of its type. */
public enum AuthorityType {
    COUNTY("County council"),
    DISTRICT("District council"),
    METROPOLITAN_BOROUGH("Metropolitan borough"),
    UNITARY("Unitary council"),
    LONDON_BOROUGH("London borough");

    private final String label;

    AuthorityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase();
    }

    public static AuthorityType fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equalsIgnoreCase(key.trim().replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown authority type '" + key
                        + "'; use one of county, district, metropolitan_borough, unitary, london_borough"));
    }
}
