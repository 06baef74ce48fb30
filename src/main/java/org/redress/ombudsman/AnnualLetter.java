package org.redress.ombudsman;

import org.redress.platform.FinancialYear;

import java.util.List;

/**
 * A preview of the statistics pages of the Ombudsman's annual review letter for one authority and year: the same
 * three figures, in the layout of its published letters, but in the council's voice (the Ombudsman did this, not
 * "we" did), since Redress and not the Ombudsman wrote it. Plain text both the page and the PDF render. Where a rate
 * is not applicable the letter says so instead of printing 0%.
 */
public record AnnualLetter(String authorityCode, String authorityName, FinancialYear year, String periodEnding,
        String source, List<Section> sections, String averageNote) {

    /** One of the three statistics: its heading, the headline sentence, the comparison and what it is based on. */
    public record Section(String id, String heading, String headline, String comparison, String count, String basis,
            String note) {
    }

    static AnnualLetter of(NationalFigures authority, PeerFigures similar, String source) {
        AnnualFigures f = authority.figures();
        FinancialYear year = authority.financialYear();
        String period = "between 1 April " + year.startYear() + " and 31 March " + (year.startYear() + 1);
        String investigations = "Based on " + f.detailedInvestigations() + " detailed "
                + plural(f.detailedInvestigations(), "investigation") + " " + period;
        Section upheld = new Section("upheld", "Complaints upheld",
                f.upholdRate() == null
                        ? "The Ombudsman did not investigate any complaints in detail, so there is no uphold rate."
                        : "The Ombudsman upheld " + f.upholdRate() + "% of the complaints it investigated in detail.",
                comparison(similar.upholdRate()),
                f.upheld() + " upheld " + plural(f.upheld(), "decision"), investigations, null);
        Section compliance = new Section("compliance", "Compliance with Ombudsman recommendations",
                f.complianceRate() == null
                        ? "There were no compliance outcomes in this period, so there is no compliance rate."
                        : "In " + f.complianceRate() + "% of cases the Ombudsman was satisfied the council had "
                                + "successfully carried out its recommendations.",
                comparison(similar.complianceRate()),
                f.complied() + " of " + f.complianceOutcomes() + " compliance " + plural(f.complianceOutcomes(), "outcome")
                        + " complied",
                "Based on " + f.complianceOutcomes() + " compliance "
                        + plural(f.complianceOutcomes(), "outcome") + " " + period,
                "Failing to comply with the Ombudsman's recommendations is rare. A council with a compliance rate below "
                        + "100% should look again at the complaints where it did not comply and learn from them.");
        Section remedy = new Section("remedy", "Satisfactory remedies provided by the council",
                f.satisfactoryRemedyRate() == null
                        ? "The Ombudsman upheld no complaints, so there is no satisfactory remedy rate."
                        : "In " + f.satisfactoryRemedyRate() + "% of upheld cases the Ombudsman found the council had "
                                + "already provided a satisfactory remedy before the complaint reached it.",
                comparison(similar.satisfactoryRemedyRate()),
                f.remediedByAuthority() + " satisfactory remedy " + plural(f.remediedByAuthority(), "decision"),
                investigations, null);
        String note = "Similar authorities: " + similar.count() + " " + typePlural(similar) + "; average taken as "
                + similar.method().description() + ".";
        return new AnnualLetter(authority.authorityCode(), authority.authorityName(), year,
                "31 March " + (year.startYear() + 1), source, List.of(upheld, compliance, remedy),
                note);
    }

    private static String comparison(Integer average) {
        return average == null ? "No similar authority had a figure to compare in this period."
                : "This compares to an average of " + average + "% in similar authorities.";
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String typePlural(PeerFigures similar) {
        String label = similar.type().label().toLowerCase().replace("london", "London");
        return similar.count() == 1 ? label : label.endsWith("y") ? label.substring(0, label.length() - 1) + "ies" : label + "s";
    }
}
