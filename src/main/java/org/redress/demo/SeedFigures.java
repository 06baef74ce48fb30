package org.redress.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The volumes the demo council is generated to: a real county council's customer feedback report for 2020/21,
 * which gives 2020/21 and 2019/20 (and, in appendix A, 2018/19 by service). Where the report has no figure for a
 * year the demo repeats or scales the nearest year it has; each such place says so. Years are indexed 0 = 2018/19,
 * 1 = 2019/20, 2 = 2020/21.
 */
final class SeedFigures {

    private SeedFigures() {
    }

    static final int FIRST_YEAR = 2018;
    static final int YEARS = 3;

    static LocalDate yearStart(int year) {
        return LocalDate.of(FIRST_YEAR + year, 4, 1);
    }

    static LocalDate yearEnd(int year) {
        return LocalDate.of(FIRST_YEAR + year + 1, 3, 31);
    }

    static String yearName(int year) {
        return (FIRST_YEAR + year) + "/" + String.format("%02d", (FIRST_YEAR + year + 1) % 100);
    }

    /** The four directorates, with appendix A's comments and compliments per year. */
    enum Dir {
        ASCH("Adult Social Care and Health", "asch", new int[] {15, 65, 252}, new int[] {480, 518, 512},
                // table 3 has no 2018/19: 2019/20's escalation rate applied to 2018/19's complaints
                new int[] {1, 2, 1}),
        CYPE("Children, Young People and Education", "cype", new int[] {32, 43, 51}, new int[] {94, 113, 77},
                new int[] {130, 158, 125}),
        GET("Growth, Environment and Transport", "get", new int[] {486, 361, 252}, new int[] {828, 664, 750},
                new int[] {63, 86, 150}),
        SCS("Strategic and Corporate Services", "scs", new int[] {6, 10, 52}, new int[] {11, 22, 24},
                new int[] {12, 9, 23});

        final String title;
        final String shortName;
        final int[] comments;
        final int[] compliments;
        final int[] stage2;

        Dir(String title, String shortName, int[] comments, int[] compliments, int[] stage2) {
            this.title = title;
            this.shortName = shortName;
            this.comments = comments;
            this.compliments = compliments;
            this.stage2 = stage2;
        }
    }

    /** Appendix A's services with their stage 1 complaints per year (their sums are table 2). */
    enum Svc {
        ADULTS(Dir.ASCH, "Adult Social Care and Health", 777, 1092, 754),
        CHILDRENS_SOCIAL_WORK(Dir.CYPE, "Specialist Children's Services/Children's Social Work Services", 490, 592, 698),
        COMMUNITY_LEARNING(Dir.CYPE, "Community Learning & Skills", 94, 77, 24),
        EDUCATION(Dir.CYPE, "Education Services", 259, 351, 143),
        EDUCATION_PEOPLE(Dir.CYPE, "The Education People", 19, 24, 2),
        ENVIRONMENT(Dir.GET, "Environment, Planning and Enforcement", 79, 133, 242),
        ECONOMIC_DEVELOPMENT(Dir.GET, "Economic Development", 3, 5, 1),
        HIGHWAYS(Dir.GET, "Highways, Transportation and Waste Management", 2059, 3147, 3106),
        LIBRARIES(Dir.GET, "Libraries, Registrations and Archives", 517, 326, 236),
        FINANCE(Dir.SCS, "Finance", 52, 30, 28),
        FOI(Dir.SCS, "FOI", 7, 4, 3),
        GATEWAYS(Dir.SCS, "Gateways and Contact Point", 55, 28, 33),
        INSURANCE(Dir.SCS, "Insurance", 5, 2, 1),
        PROPERTY(Dir.SCS, "Infrastructure, Property and Total Facilities Management", 23, 10, 28),
        PUBLIC_HEALTH(Dir.SCS, "Public Health", 0, 0, 59),
        OTHER(Dir.SCS, "Other", 12, 45, 17);

        final Dir dir;
        final String title;
        final int[] complaints;

        Svc(Dir dir, String title, int... complaints) {
            this.dir = dir;
            this.title = title;
            this.complaints = complaints;
        }
    }

    static int complaints(Dir dir, int year) {
        int sum = 0;
        for (Svc s : Svc.values()) {
            if (s.dir == dir) {
                sum += s.complaints[year];
            }
        }
        return sum;
    }

    // Table 7; it has no 2018/19, so 2018/19 repeats 2019/20.
    static final int[] MEMBER_ENQUIRIES = {1035, 1035, 1216};
    static final int[] ENQUIRIES = {14424, 14424, 16708};
    static final int[] INFORMAL_CONCERNS = {234, 234, 242};
    static final int[] REPRESENTATIONS = {3, 3, 3};

    /** Share of enquiries that are "Ask a librarian" and so go to Libraries (the report: "a significant proportion"). */
    static final double LIBRARY_SHARE_OF_ENQUIRIES = 0.7;

    /** Table 5, stage 1: not upheld, upheld, partly upheld, resolved upon receipt (2018/19 repeats 2019/20). */
    static final int[][] STAGE1_OUTCOMES = {{3077, 1706, 777, 144}, {3077, 1706, 777, 144}, {3434, 821, 661, 270}};

    /** Table 6, stage 2: not upheld, upheld, partly upheld (resolved upon receipt does not happen at stage 2). */
    static final int[][] STAGE2_OUTCOMES = {{159, 14, 67}, {159, 14, 67}, {194, 18, 28}};

    /** Table 14: phone, letter, email, face to face, online, via member, other (2018/19 repeats 2019/20). */
    static final int[][] CHANNELS = {{1819, 379, 2177, 381, 3008, 17, 0}, {1819, 379, 2177, 381, 3008, 17, 0},
            {1154, 154, 2316, 78, 3546, 29, 13}};

    /** §4.1: share of stage 1 complaints answered within the deadline (2018/19: no figure; 85% as 2019/20). */
    static final double[] ON_TIME = {0.85, 0.85, 0.82};

    /** §3.5: feedback of 2020/21 that mentioned Covid. */
    static final int COVID_MENTIONS_2020 = 1594;

    /** Table 8 before the 2020 change of taxonomy (2019/20; 2018/19 uses the same mix). */
    static final List<Weighted<String>> REASONS_BEFORE_2020 = List.of(
            new Weighted<>("communications_or_information", 826), new Weighted<>("equalities_and_regulatory", 81),
            new Weighted<>("not_for_the_council", 63), new Weighted<>("policy_and_procedure", 929),
            new Weighted<>("service_failure", 2158), new Weighted<>("service_quality", 1263),
            new Weighted<>("staff_conduct", 520), new Weighted<>("value_for_money", 270));

    /** Share of 2019/20 complaints with a second reason: table 8's 6,110 reasons for 5,866 complaints. */
    static final double SECOND_REASON_BEFORE_2020 = (6110.0 - 5866) / 5866;

    /**
     * Table 8 for 2020/21, with "issues with service" split by table 10's sub-reasons. Its 76 cases of the retired
     * service failure and service quality are counted under issues with service: the demo switches taxonomy on
     * 1 April 2020.
     */
    static final List<Weighted<String>> REASONS_FROM_2020 = List.of(
            new Weighted<>("communications_or_information", 785), new Weighted<>("equalities_and_regulatory", 265),
            new Weighted<>("not_for_the_council", 92), new Weighted<>("policy_and_procedure", 1392),
            new Weighted<>("staff_conduct", 285), new Weighted<>("value_for_money", 97),
            new Weighted<>("impact_of_major_incident", 283),
            // 2,079 + 76 spread as table 10: 2, 1, 97, 119, 138, 18 of 375
            new Weighted<>("issues_with_service/cancellation_or_withdrawal_of_service", 11),
            new Weighted<>("issues_with_service/closure_of_facility_prevented_delivery", 6),
            new Weighted<>("issues_with_service/delay_in_doing_something", 557),
            new Weighted<>("issues_with_service/failure_to_do_something", 684),
            new Weighted<>("issues_with_service/quality_of_service_delivered", 793),
            new Weighted<>("issues_with_service/quality_of_service_provided_by_a_third_party", 104));

    static final LocalDate TAXONOMY_CHANGED = LocalDate.of(2020, 4, 1);

    /**
     * Tables 12-13: the delay reasons each directorate cites, 2020/21, with small weights for the reasons outside its
     * top three so every reason appears. About 80% of late responses name a reason (table 12 sums to 782 for some
     * 970 late responses).
     */
    static List<Weighted<String>> delayReasons(Dir dir) {
        return switch (dir) {
            case ASCH -> List.of(new Weighted<>("complex_case", 147), new Weighted<>("workload", 44),
                    new Weighted<>("sign_off_delay", 36), new Weighted<>("staff_absent_or_unavailable", 10),
                    new Weighted<>("more_information_required_from_customer", 10));
            case CYPE -> List.of(new Weighted<>("workload", 136), new Weighted<>("complex_case", 40),
                    new Weighted<>("sign_off_delay", 39), new Weighted<>("staff_absent_or_unavailable", 10),
                    new Weighted<>("more_information_required_from_customer", 10));
            case GET -> List.of(new Weighted<>("workload", 96), new Weighted<>("staff_absent_or_unavailable", 79),
                    new Weighted<>("more_information_required_from_customer", 45), new Weighted<>("complex_case", 12),
                    new Weighted<>("sign_off_delay", 12));
            case SCS -> List.of(new Weighted<>("sign_off_delay", 23), new Weighted<>("workload", 8),
                    new Weighted<>("complex_case", 4), new Weighted<>("staff_absent_or_unavailable", 2),
                    new Weighted<>("more_information_required_from_customer", 2));
        };
    }

    static final double LATE_WITH_REASON = 0.8;

    /**
     * Table 23, stage 1 remedy actions of 2020/21 (the six over 100 as printed; the others, which the report only
     * names, at plausible smaller numbers). Other years scale by their upheld and partly upheld complaints.
     */
    static final List<Weighted<String>> REMEDIES_2020 = List.of(
            new Weighted<>("staff_training_or_guidance", 151), new Weighted<>("change_or_review_communications", 175),
            new Weighted<>("discuss_at_team_meeting", 246), new Weighted<>("explanation", 393),
            new Weighted<>("formal_apology", 432), new Weighted<>("provided_service_requested", 148),
            new Weighted<>("change_or_review_service", 90), new Weighted<>("change_or_review_policy_or_procedure", 45),
            new Weighted<>("amend_a_record", 30), new Weighted<>("reconsider_a_decision", 25));

    /**
     * §6.1: money paid in 2020/21, by directorate in local resolution, and after Ombudsman decisions; each with the
     * number of payments the demo splits it into. 2019/20 gives only the total (£81,952.79), split in 2020/21's
     * proportions; 2018/19 has no figure: 2019/20's total scaled by complaints received.
     */
    record Money(Dir dir, boolean ombudsman, BigDecimal total2020, int payments) {
    }

    static final List<Money> MONEY_2020 = List.of(
            new Money(Dir.ASCH, false, new BigDecimal("26660.44"), 38),
            new Money(Dir.SCS, false, new BigDecimal("200.00"), 2),
            new Money(Dir.GET, false, new BigDecimal("1634.90"), 18),
            new Money(Dir.CYPE, false, new BigDecimal("3320.00"), 12),
            new Money(null, true, new BigDecimal("33150.71"), 26));

    static final BigDecimal TOTAL_PAID_2019 = new BigDecimal("81952.79");

    /** Table 17 (2020/21): where Ombudsman complaints come from, for the directorate of its payments. */
    static final List<Weighted<Dir>> OMBUDSMAN_DIRECTORATES = List.of(new Weighted<>(Dir.ASCH, 56),
            new Weighted<>(Dir.CYPE, 79), new Weighted<>(Dir.GET, 15), new Weighted<>(Dir.SCS, 5));

    /**
     * Table 17: complaints and enquiries the Ombudsman received, per year (2018/19 first), in the Ombudsman's category
     * order: adult care, benefits and tax, corporate and other, education and children's, environmental, highways and
     * transport, housing, planning and development, other.
     */
    static final int[][] OMBUDSMAN_RECEIVED = {{56, 0, 11, 83, 8, 17, 0, 1, 3}, {66, 0, 8, 112, 3, 23, 0, 4, 2},
            {56, 0, 4, 79, 5, 9, 1, 1, 1}};

    /**
     * Table 18: the Ombudsman's decisions per year (2018/19 first) as upheld, not upheld, advice given, closed after
     * initial enquiries, incomplete or invalid, referred back for local resolution.
     */
    static final int[][] OMBUDSMAN_DECIDED = {{36, 23, 2, 59, 11, 45}, {39, 27, 2, 69, 14, 61},
            {40, 14, 0, 49, 9, 40}};

    /** Tables 19 to 22 (2020/21): detailed investigations upheld and not upheld, by directorate. */
    static final Map<Dir, int[]> OMBUDSMAN_INVESTIGATED_2020 = Map.of(Dir.ASCH, new int[] {20, 6},
            Dir.CYPE, new int[] {19, 8}, Dir.GET, new int[] {1, 0}, Dir.SCS, new int[] {0, 0});

    /** §9.6: in 13% of upheld cases the council had already put things right (5 of 2020/21's 40), per year. */
    static final int[] OMBUDSMAN_REMEDIED = {4, 5, 5};

    /** Table 16: member code-of-conduct complaints decided per year (2018/19 first), all without action. */
    static final int[] CONDUCT_COMPLAINTS = {12, 8, 8};

    /** A choice and how often it is made. */
    record Weighted<T>(T value, double weight) {
    }
}
