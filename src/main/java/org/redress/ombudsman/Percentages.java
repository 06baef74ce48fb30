package org.redress.ombudsman;

import java.math.BigInteger;

/** Rounding to whole percentages, the Ombudsman's way: half away from zero, computed exactly. */
final class Percentages {

    private Percentages() {
    }

    /** round(numerator / denominator), half up, for non-negative values. */
    static int round(long numerator, long denominator) {
        return round(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)).intValueExact();
    }

    static BigInteger round(BigInteger numerator, BigInteger denominator) {
        // floor(n/d + 1/2) = floor((2n + d) / 2d): exact, with no floating point on the way.
        BigInteger two = BigInteger.TWO;
        return numerator.multiply(two).add(denominator).divide(denominator.multiply(two));
    }
}
