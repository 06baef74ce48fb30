package org.redress.ombudsman;

import org.redress.platform.Percentages;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;

/**
 * How the average of similar authorities is taken. Only authorities with something to count (a non-zero
 * denominator) take part, the authority itself included. The method is stated wherever an average is shown.
 */
public enum PeerAverage {
    /** Sum of the numerators over sum of the denominators: every investigation weighs the same. The default. */
    POOLED("pooled", "pooled: all similar authorities' cases added together"),
    /** Mean of the authorities' own rates: every authority weighs the same. */
    MEAN("mean", "mean of similar authorities' rates");

    private final String key;
    private final String description;

    PeerAverage(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** Plain words for the page and the letter, e.g. "pooled: all similar authorities' cases added together". */
    public String description() {
        return description;
    }

    /** The average as a whole percentage, or null when no authority has anything to count. */
    public Integer average(Collection<Fraction> authorities) {
        List<Fraction> counted = authorities.stream().filter(Fraction::applicable).toList();
        if (counted.isEmpty()) {
            return null;
        }
        return switch (this) {
            case POOLED -> {
                long numerators = counted.stream().mapToLong(Fraction::numerator).sum();
                long denominators = counted.stream().mapToLong(Fraction::denominator).sum();
                yield Fraction.of(numerators, denominators).percent();
            }
            case MEAN -> {
                // Sum of n/d kept as an exact fraction, so the mean is rounded once, at the end.
                BigInteger sumNumerator = BigInteger.ZERO;
                BigInteger sumDenominator = BigInteger.ONE;
                for (Fraction f : counted) {
                    BigInteger n = BigInteger.valueOf(f.numerator());
                    BigInteger d = BigInteger.valueOf(f.denominator());
                    sumNumerator = sumNumerator.multiply(d).add(n.multiply(sumDenominator));
                    sumDenominator = sumDenominator.multiply(d);
                    BigInteger gcd = sumNumerator.gcd(sumDenominator);
                    if (gcd.signum() > 0) {
                        sumNumerator = sumNumerator.divide(gcd);
                        sumDenominator = sumDenominator.divide(gcd);
                    }
                }
                yield Percentages.share(sumNumerator,
                        sumDenominator.multiply(BigInteger.valueOf(counted.size())));
            }
        };
    }

    public static PeerAverage fromKey(String key) {
        for (PeerAverage method : values()) {
            if (method.key.equalsIgnoreCase(key == null ? "" : key.trim())) {
                return method;
            }
        }
        throw new IllegalArgumentException("Unknown peer average '" + key + "'; use pooled or mean");
    }
}
