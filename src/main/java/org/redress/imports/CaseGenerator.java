package org.redress.imports;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic case import files from a seed: the same arguments give byte-identical files. The cases go to
 * the demo council's directorates and services (by name), so a file imports into the demo council as it is and into
 * any other council with {@code createServices}.
 *
 * <p>The mix follows a large county (docs/rules.md, the model report): enquiries are the biggest share, then complaints
 * and compliments; half arrives online; about 85% of complaints are answered within 20 working days and the late
 * ones carry a delay reason; about one complaint in twelve goes on to stage 2. Adult social care complaints run
 * under the statutory procedure (a response date agreed within six months, no stage 2). Cases whose response would
 * fall after the last day of the period are left open.
 */
public final class CaseGenerator {

    /**
     * @param firstYear the first financial year, by the year it starts (2019 for 2019/20)
     * @param casesPerYear stage 1 lines per authority and year (stage 2 lines come on top)
     */
    public record Volume(int years, int firstYear, int casesPerYear, long seed) {
        public Volume {
            if (years < 1 || years > 50) {
                throw new IllegalArgumentException("--years must be 1 to 50");
            }
            if (firstYear < 1990 || firstYear > 2100) {
                throw new IllegalArgumentException("--first-year must be a year from 1990");
            }
            if (casesPerYear < 1 || casesPerYear > 10_000_000) {
                throw new IllegalArgumentException("--cases-per-year must be 1 to 10,000,000");
            }
        }

        /** 31 March of the last year: nothing is dated after it. */
        public LocalDate lastDay() {
            return LocalDate.of(firstYear + years, 3, 31);
        }
    }

    /** What was written. */
    public record Written(long cases, long lines) {
    }

    private record Service(String directorate, String name, double weight, boolean statutoryAdults) {
    }

    /** The demo council's structure (the model report's appendix A, docs/rules.md §2) with rough shares of feedback. */
    private static final Service[] SERVICES = {
            new Service("Adult Social Care and Health", "Adult Social Care and Health", 10, true),
            new Service("Children, Young People and Education",
                    "Specialist Children's Services/Children's Social Work Services", 4, false),
            new Service("Children, Young People and Education", "Community Learning & Skills", 1, false),
            new Service("Children, Young People and Education", "Education Services", 5, false),
            new Service("Children, Young People and Education", "The Education People", 1, false),
            new Service("Growth, Environment and Transport", "Environment, Planning and Enforcement", 4, false),
            new Service("Growth, Environment and Transport", "Economic Development", 1, false),
            new Service("Growth, Environment and Transport", "Highways, Transportation and Waste Management", 40,
                    false),
            new Service("Growth, Environment and Transport", "Libraries, Registrations and Archives", 20, false),
            new Service("Strategic and Corporate Services", "Finance", 3, false),
            new Service("Strategic and Corporate Services", "FOI", 1, false),
            new Service("Strategic and Corporate Services", "Gateways and Contact Point", 2, false),
            new Service("Strategic and Corporate Services", "Insurance", 2, false),
            new Service("Strategic and Corporate Services", "Infrastructure, Property and Total Facilities Management",
                    1, false),
            new Service("Strategic and Corporate Services", "Public Health", 1, false),
            new Service("Strategic and Corporate Services", "Other", 1, false)};

    private static final String[] TYPES = {"enquiry", "complaint", "compliment", "member_enquiry", "comment",
            "informal_concern", "representation"};
    private static final double[] TYPE_WEIGHTS = {55, 22, 10, 6, 4, 2.5, 0.5};
    private static final String[] CHANNELS = {"online", "email", "phone", "letter", "face_to_face", "via_member",
            "social_media", "other"};
    private static final double[] CHANNEL_WEIGHTS = {50, 20, 15, 5, 3, 4, 2, 1};
    private static final String[] OUTCOMES = {"not_upheld", "partly_upheld", "upheld", "resolved_upon_receipt"};
    private static final double[] OUTCOME_WEIGHTS = {45, 25, 22, 8};
    private static final String[] REASONS = {"issues_with_service/delay_in_doing_something",
            "issues_with_service/failure_to_do_something", "issues_with_service/quality_of_service_delivered",
            "issues_with_service/quality_of_service_provided_by_a_third_party",
            "issues_with_service/cancellation_or_withdrawal_of_service", "communications_or_information",
            "staff_conduct", "policy_and_procedure", "value_for_money", "equalities_and_regulatory",
            "not_for_the_council"};
    private static final double[] REASON_WEIGHTS = {20, 18, 15, 4, 3, 15, 10, 8, 4, 2, 1};
    /** Before 2020/21 the taxonomy had these instead of "issues with service" (docs/rules.md §6). */
    private static final String[] OLD_REASONS = {"service_failure", "service_quality", "communications_or_information",
            "staff_conduct", "policy_and_procedure", "value_for_money"};
    private static final double[] OLD_REASON_WEIGHTS = {30, 25, 15, 12, 10, 8};
    private static final String[] DELAY_REASONS = {"complex_case", "workload", "sign_off_delay",
            "staff_absent_or_unavailable", "more_information_required_from_customer"};
    private static final double[] DELAY_WEIGHTS = {35, 30, 10, 15, 10};
    private static final double[] SERVICE_WEIGHTS = Arrays.stream(SERVICES).mapToDouble(Service::weight).toArray();

    private CaseGenerator() {
    }

    /** Writes one authority's file; {@code authority} (1, 2, ...) varies the seed and the references. */
    public static Written write(Writer out, Volume volume, int authority) throws IOException {
        SplittableRandom random = new SplittableRandom(volume.seed() * 1_000_003L + authority);
        LocalDate end = volume.lastDay();
        out.write(CaseCsv.HEADER);
        out.write('\n');
        long cases = 0;
        long lines = 0;
        StringBuilder line = new StringBuilder(256);
        for (int y = 0; y < volume.years(); y++) {
            int year = volume.firstYear() + y;
            LocalDate start = LocalDate.of(year, 4, 1);
            int days = (int) (LocalDate.of(year + 1, 4, 1).toEpochDay() - start.toEpochDay());
            int[] offsets = new int[volume.casesPerYear()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = random.nextInt(days);
            }
            Arrays.sort(offsets);
            for (int i = 0; i < offsets.length; i++) {
                LocalDate received = start.plusDays(offsets[i]);
                if (received.getDayOfWeek() == DayOfWeek.SUNDAY && random.nextInt(4) > 0) {
                    received = received.plusDays(1); // fewer arrive at weekends
                }
                if (received.isAfter(end)) {
                    received = end;
                }
                String reference = String.format("G%02d-%d-%07d", authority, year, i + 1);
                lines += writeCase(out, line, random, reference, received, year, end);
                cases++;
            }
        }
        return new Written(cases, lines);
    }

    private static int writeCase(Writer out, StringBuilder line, SplittableRandom random, String reference,
            LocalDate received, int year, LocalDate end) throws IOException {
        String type = pick(random, TYPES, TYPE_WEIGHTS);
        Service service = SERVICES[index(random, SERVICE_WEIGHTS)];
        if (type.equals("representation")) {
            service = SERVICES[1]; // a Children Act matter
        }
        String channel = type.equals("member_enquiry") ? "via_member" : pick(random, CHANNELS, CHANNEL_WEIGHTS);
        LocalDate acknowledged = received.plusDays(random.nextInt(100) < 90 ? 1 + random.nextInt(3)
                : 4 + random.nextInt(6));
        if (acknowledged.isAfter(end)) {
            acknowledged = null;
        }
        LocalDate responded = null;
        String outcome = "";
        String delay = "";
        String reasons = "";
        boolean complaint = type.equals("complaint");
        if (type.equals("comment") || type.equals("compliment")) {
            // acknowledged and closed
        } else if (complaint) {
            outcome = pick(random, OUTCOMES, OUTCOME_WEIGHTS);
            reasons = reasons(random, year);
            if (outcome.equals("resolved_upon_receipt")) {
                responded = received.plusDays(random.nextInt(3));
            } else if (service.statutoryAdults()) {
                responded = received.plusDays(20 + random.nextInt(100)); // within the agreed date, up to six months
            } else if (random.nextInt(100) < 85) {
                responded = received.plusDays(5 + random.nextInt(22)); // 26 calendar days is within 20 working days
            } else {
                responded = received.plusDays(35 + random.nextInt(40)); // 35 or more is past 20 working days
                delay = pick(random, DELAY_REASONS, DELAY_WEIGHTS);
            }
        } else {
            responded = received.plusDays(2 + random.nextInt(25));
        }
        if (responded != null && responded.isAfter(end)) {
            responded = null;
            outcome = "";
            delay = "";
        }
        String tags = tags(random, year);
        row(line, reference, type, channel, received, service, 1, acknowledged, responded, outcome, reasons, delay,
                tags);
        out.append(line);
        if (!complaint || responded == null || service.statutoryAdults() || outcome.equals("resolved_upon_receipt")
                || random.nextInt(100) >= 8) {
            return 1;
        }
        LocalDate asked = responded.plusDays(3 + random.nextInt(35));
        if (asked.isAfter(end)) {
            return 1;
        }
        LocalDate acknowledged2 = asked.plusDays(1 + random.nextInt(3));
        LocalDate responded2;
        String delay2 = "";
        if (random.nextInt(100) < 80) {
            responded2 = asked.plusDays(10 + random.nextInt(17));
        } else {
            responded2 = asked.plusDays(45 + random.nextInt(40)); // past 20 (or the Children Act's 25) working days
            delay2 = pick(random, DELAY_REASONS, DELAY_WEIGHTS);
        }
        String outcome2 = pick(random, OUTCOMES, new double[] {60, 20, 20, 0});
        if (acknowledged2.isAfter(end)) {
            acknowledged2 = null;
        }
        if (responded2.isAfter(end)) {
            responded2 = null;
            outcome2 = "";
            delay2 = "";
        }
        row(line, reference, type, channel, asked, service, 2, acknowledged2, responded2, outcome2, reasons, delay2,
                "");
        out.append(line);
        return 2;
    }

    private static String reasons(SplittableRandom random, int year) {
        String[] keys = year < 2020 ? OLD_REASONS : REASONS;
        double[] weights = year < 2020 ? OLD_REASON_WEIGHTS : REASON_WEIGHTS;
        String first = pick(random, keys, weights);
        if (random.nextInt(100) < 25) {
            String second = pick(random, keys, weights);
            if (!second.equals(first)) {
                return first + ";" + second;
            }
        }
        return first;
    }

    private static String tags(SplittableRandom random, int year) {
        List<String> tags = new ArrayList<>(2);
        if ((year == 2020 || year == 2021) && random.nextInt(100) < 12) {
            tags.add("Covid");
        }
        if (random.nextInt(100) < 2) {
            tags.add("Repeat contact");
        }
        return String.join(";", tags);
    }

    private static void row(StringBuilder line, String reference, String type, String channel, LocalDate received,
            Service service, int stage, LocalDate acknowledged, LocalDate responded, String outcome, String reasons,
            String delay, String tags) {
        line.setLength(0);
        line.append(reference).append(',').append(type).append(',').append(channel).append(',').append(received)
                .append(',');
        quoted(line, service.directorate());
        line.append(',');
        quoted(line, service.name());
        line.append(',').append(stage).append(',').append(acknowledged == null ? "" : acknowledged).append(',')
                .append(responded == null ? "" : responded).append(',').append(outcome).append(',').append(reasons)
                .append(',').append(delay).append(',').append(tags).append('\n');
    }

    private static void quoted(StringBuilder line, String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
    }

    private static String pick(SplittableRandom random, String[] values, double[] weights) {
        return values[index(random, weights)];
    }

    private static int index(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
