package org.redress.reporting;

import java.util.List;
import java.util.Map;

/**
 * The Complaint Handling Code's figures for one financial year: each stage's clocks, the complaints refused, and
 * the self-assessment rows, as the API gives them; the same figures per directorate and service for the page.
 * docs/complaint-handling-code.md says what each figure counts.
 *
 * @param refused always none until refusals are recorded
 * @param directorates in the council's order, each with its services; only those with a figure in the year
 */
public record ComplaintHandlingReport(String financialYear, Clocks stage1, Clocks stage2, Refused refused,
        List<Provision> selfAssessment, List<DirectorateFigures> directorates) {

    /**
     * One stage's clocks. The first three count the stages received in the year, the last three the responses sent
     * in it.
     *
     * @param acknowledgedInTime acknowledged by the acknowledgement date in force (5 working days after receipt)
     * @param respondedInTime answered by the response date in force: 10 working days after stage 1's acknowledgement,
     *        20 after stage 2's, or the extended date
     * @param extended answered after its response date was extended
     */
    public record Clocks(long received, long acknowledged, long acknowledgedInTime, long responded,
            long respondedInTime, long extended) {

        static final Clocks NONE = new Clocks(0, 0, 0, 0, 0, 0);
    }

    /** Complaints not taken on, by the reason's key. */
    public record Refused(long total, Map<String, Long> byReason) {

        static final Refused NONE = new Refused(0, Map.of());
    }

    /**
     * One provision of the Code as a row of the council's self-assessment.
     *
     * @param complies null until the council says
     * @param evidence the figure from the records where Redress holds one, else null
     */
    public record Provision(String provision, String requirement, Boolean complies, String evidence,
            String commentary) {
    }

    public record DirectorateFigures(long directorateId, String directorate, Clocks stage1, Clocks stage2,
            List<ServiceFigures> services) {
    }

    public record ServiceFigures(long serviceId, String service, Clocks stage1, Clocks stage2) {
    }
}
