package org.redress.reporting;

/**
 * The ids of the report's tables, as the JSON API, the CSV file names and the page's anchors give them, each with the
 * key of its title in {@code messages/reporting.properties}. Tables 1 to 23 are numbered as the model report numbers
 * them (docs/rules.md §11); the others hold figures the report's text quotes. Ids are part of the API: never rename
 * one.
 */
enum TableId {
    TABLE_1("table-1"),
    TAGGED_FEEDBACK("tagged-feedback"),
    TABLE_2("table-2"),
    TABLE_3("table-3"),
    TABLE_4("table-4"),
    TABLE_5("table-5"),
    TABLE_6("table-6"),
    TABLE_7("table-7"),
    TABLE_8("table-8"),
    TABLE_9("table-9"),
    TABLE_10("table-10"),
    TIMELINESS("timeliness"),
    TABLE_11("table-11"),
    TABLE_12("table-12"),
    TABLE_13("table-13"),
    TABLE_14("table-14"),
    TABLE_15("table-15"),
    COMPENSATION_BY_REASON("compensation-by-reason"),
    TABLE_16("table-16"),
    TABLE_17("table-17"),
    TABLE_18("table-18"),
    OMBUDSMAN_RATES("ombudsman-rates"),
    /** Tables 19 to 22, one per directorate: see {@link #ombudsmanOutcomes(int, String)}. */
    OMBUDSMAN_OUTCOMES("ombudsman-outcomes"),
    TABLE_23("table-23"),
    /** Appendix A, one per directorate: see {@link #appendixA(String)}. */
    APPENDIX_A_FEEDBACK("appendix-a-feedback"),
    APPENDIX_A_SERVICES("appendix-a-services"),
    DASHBOARD_RECEIVED("dashboard-received"),
    DASHBOARD_OPEN("dashboard-open"),
    DASHBOARD_TIMELINESS("dashboard-timeliness"),
    DASHBOARD_REASONS("dashboard-reasons");

    /** Ids of numbered tables start so; the contents and captions show "Table 2". */
    static final String NUMBERED = "table-";

    /** The first of the four directorates' Ombudsman tables, and the last number they take. */
    private static final int FIRST_OMBUDSMAN_OUTCOMES = 19;
    private static final int LAST_OMBUDSMAN_OUTCOMES = 22;

    private final String id;

    TableId(String id) {
        this.id = id;
    }

    /** The id of a table that appears once, e.g. {@code table-8}. */
    String id() {
        return id;
    }

    /** The key of the table's title among the messages. */
    String titleKey() {
        return "report.table." + id + ".title";
    }

    /**
     * The id of a directorate's Ombudsman table: {@code table-19} to {@code table-22} for the council's first four
     * directorates in its order (the model report's four), then {@code ombudsman-outcomes-<directorate>}.
     *
     * @param index the directorate's place in the council's order, from 0
     */
    static String ombudsmanOutcomes(int index, String slug) {
        int number = FIRST_OMBUDSMAN_OUTCOMES + index;
        return number <= LAST_OMBUDSMAN_OUTCOMES ? NUMBERED + number : "ombudsman-outcomes-" + slug;
    }

    /** Appendix A's two tables of a directorate: {@code appendix-a-<directorate>-feedback} and {@code -services}. */
    String appendixA(String slug) {
        return switch (this) {
            case APPENDIX_A_FEEDBACK -> "appendix-a-" + slug + "-feedback";
            case APPENDIX_A_SERVICES -> "appendix-a-" + slug + "-services";
            default -> throw new IllegalStateException(this + " is not an appendix A table");
        };
    }
}
