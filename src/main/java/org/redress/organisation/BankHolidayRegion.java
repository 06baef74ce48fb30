package org.redress.organisation;

import java.util.Arrays;

/** The GOV.UK bank-holiday divisions. An authority's working days follow its region's bank holidays. */
public enum BankHolidayRegion {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String key;
    private final String label;

    BankHolidayRegion(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The GOV.UK division name, as in bank-holidays.json and REDRESS_AUTHORITY_REGION. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static BankHolidayRegion fromKey(String key) {
        return Arrays.stream(values())
                .filter(r -> r.key.equalsIgnoreCase(key.trim().replace('_', '-')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown bank-holiday region '" + key
                        + "'; use england-and-wales, scotland or northern-ireland"));
    }
}
