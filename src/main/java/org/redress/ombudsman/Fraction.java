package org.redress.ombudsman;

import org.redress.platform.Percentages;

/**
 * A count out of a total, such as 19 upheld of 49 detailed investigations, and the Ombudsman's whole percentage
 * of it. A total of 0 has no percentage (not applicable), never 0%.
 */
public record Fraction(long numerator, long denominator) {

    public Fraction {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("Counts cannot be negative: " + numerator + " of " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("A part cannot exceed its whole: " + numerator + " of " + denominator);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /** Whether there is anything to take a percentage of. */
    public boolean applicable() {
        return denominator > 0;
    }

    /**
     * The whole percentage, half away from zero (2.5% is 3%), or null when not applicable. Integer arithmetic, so
     * 29 of 200 (14.5%) is 15 where {@code Math.round(29 * 100.0 / 200)} would give 14.
     */
    public Integer percent() {
        return applicable() ? Percentages.share(numerator, denominator) : null;
    }
}
