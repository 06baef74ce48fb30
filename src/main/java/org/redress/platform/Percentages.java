package org.redress.platform;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Every report's arithmetic on shares and changes (the annual report, the Ombudsman's rates): whole percentages rounded half away from zero (2.5 is 3, -2.5 is
 * -3, as the seed report prints), and no percentage at all, {@code null}, where the denominator is 0: "not
 * applicable" is not 0%.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percentages() {
    }

    /** {@code part} as a whole percentage of {@code whole}; null when whole is 0. */
    public static Integer share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The same for counts too large for a long, e.g. an exact sum of fractions; null when whole is 0. */
    public static Integer share(BigInteger part, BigInteger whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return new BigDecimal(part).multiply(HUNDRED).divide(new BigDecimal(whole), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    /** The change from {@code before} to {@code now} as a whole percentage of before; null when before is 0. */
    public static Integer change(long now, long before) {
        return share(now - before, before);
    }

    /** The change between two amounts of money as a whole percentage; null when before is 0. */
    public static Integer change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** A percentage worked out exactly as a fraction, then rounded: for checking the rule itself. */
    public static Integer round(BigDecimal percentage) {
        return percentage.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
