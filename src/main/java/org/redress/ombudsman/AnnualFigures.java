package org.redress.ombudsman;

/**
 * One authority's Ombudsman figures for a year, and the three rates the annual review letter reports. The counts
 * come from records (the council's own Ombudsman cases or the Ombudsman's national data), never typed.
 *
 * @param upheld               detailed investigations upheld (fault found)
 * @param notUpheld            detailed investigations not upheld
 * @param remediedByAuthority  upheld cases the authority had already put right before the Ombudsman looked
 * @param complianceOutcomes   compliance outcomes recorded (one per case with recommendations)
 * @param complied             compliance outcomes where the recommendations were implemented
 */
public record AnnualFigures(long upheld, long notUpheld, long remediedByAuthority, long complianceOutcomes,
        long complied) {

    public AnnualFigures {
        uphold(upheld, notUpheld);
        Fraction.of(remediedByAuthority, upheld);
        Fraction.of(complied, complianceOutcomes);
    }

    private static Fraction uphold(long upheld, long notUpheld) {
        return Fraction.of(upheld, upheld + notUpheld);
    }

    /** Upheld plus not upheld: the denominator of the uphold rate. */
    public long detailedInvestigations() {
        return upheld + notUpheld;
    }

    /** Upheld ÷ detailed investigations. */
    public Fraction uphold() {
        return uphold(upheld, notUpheld);
    }

    /** Outcomes where the recommendations were implemented ÷ all compliance outcomes. */
    public Fraction compliance() {
        return Fraction.of(complied, complianceOutcomes);
    }

    /** Upheld cases remedied by the authority before the Ombudsman ÷ upheld. */
    public Fraction satisfactoryRemedy() {
        return Fraction.of(remediedByAuthority, upheld);
    }

    public Integer upholdRate() {
        return uphold().percent();
    }

    public Integer complianceRate() {
        return compliance().percent();
    }

    public Integer satisfactoryRemedyRate() {
        return satisfactoryRemedy().percent();
    }
}
