package org.redress.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.platform.FinancialYear;
import org.redress.platform.Percentages;
import org.redress.reporting.ComplaintHandlingQueries.Handlers;
import org.redress.reporting.ComplaintHandlingQueries.Level;
import org.redress.reporting.ComplaintHandlingQueries.Row;
import org.redress.reporting.ComplaintHandlingReport.Clocks;
import org.redress.reporting.ComplaintHandlingReport.DirectorateFigures;
import org.redress.reporting.ComplaintHandlingReport.Provision;
import org.redress.reporting.ComplaintHandlingReport.ServiceFigures;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link ComplaintHandlingReport}: the figures from {@link ComplaintHandlingQueries}, shaped; the
 * self-assessment from the Code's provisions (a resource file, {@code reporting/complaint-handling-code.txt}), with
 * the evidence Redress holds filled in from those figures.
 */
@Component
class ComplaintHandlingFigures {

    static final String PROVISIONS = "reporting/complaint-handling-code.txt";

    /** The figures a provision's evidence may name. */
    static final Set<String> EVIDENCE = Set.of("stage1.acknowledgedInTime", "stage1.respondedInTime",
            "stage1.extended", "stage2.acknowledgedInTime", "stage2.respondedInTime", "stage2.extended",
            "stage2.differentHandler");

    /** A provision's line: paragraph, requirement, and the evidence key or "-". */
    record ProvisionLine(String paragraph, String requirement, String evidence) {
    }

    private final ComplaintHandlingQueries queries;
    private final CouncilStructure structure;
    private final List<ProvisionLine> provisions;

    ComplaintHandlingFigures(ComplaintHandlingQueries queries, CouncilStructure structure) {
        this.queries = queries;
        this.structure = structure;
        this.provisions = provisions();
    }

    @Transactional(readOnly = true)
    ComplaintHandlingReport build(long authorityId, FinancialYear year) {
        List<Row> rows = queries.clocks(authorityId, year);
        Handlers handlers = queries.stage2Handlers(authorityId, year);
        Clocks stage1 = find(rows, Level.COUNCIL, null, null, 1);
        Clocks stage2 = find(rows, Level.COUNCIL, null, null, 2);

        List<DirectorateFigures> directorates = new ArrayList<>();
        List<CouncilService> allServices = structure.services(authorityId);
        for (Directorate d : structure.directorates(authorityId)) {
            Long directorateId = d.id();
            if (rows.stream().noneMatch(r -> r.level() == Level.DIRECTORATE
                    && directorateId.equals(r.directorateId()))) {
                continue;
            }
            List<ServiceFigures> services = new ArrayList<>();
            // A service that moved directorate keeps its old cases under the directorate they were logged in.
            for (CouncilService s : allServices) {
                Long serviceId = s.id();
                if (rows.stream().anyMatch(r -> r.level() == Level.SERVICE
                        && directorateId.equals(r.directorateId()) && serviceId.equals(r.serviceId()))) {
                    services.add(new ServiceFigures(s.id(), s.name(), find(rows, Level.SERVICE, d.id(), s.id(), 1),
                            find(rows, Level.SERVICE, d.id(), s.id(), 2)));
                }
            }
            directorates.add(new DirectorateFigures(d.id(), d.name(), find(rows, Level.DIRECTORATE, d.id(), null, 1),
                    find(rows, Level.DIRECTORATE, d.id(), null, 2), services));
        }
        return new ComplaintHandlingReport(year.name(), stage1, stage2, ComplaintHandlingReport.Refused.NONE,
                selfAssessment(year, stage1, stage2, handlers), directorates);
    }

    private List<Provision> selfAssessment(FinancialYear year, Clocks stage1, Clocks stage2, Handlers handlers) {
        Map<String, String> evidence = Map.of(
                "stage1.acknowledgedInTime", share("stage 1 complaints acknowledged within 5 working days",
                        stage1.acknowledgedInTime(), stage1.received(), "received", year),
                "stage1.respondedInTime", share("stage 1 responses sent within 10 working days of acknowledgement "
                        + "or by the extended date", stage1.respondedInTime(), stage1.responded(), "sent", year),
                "stage1.extended", share("stage 1 responses extended", stage1.extended(), stage1.responded(), "sent",
                        year),
                "stage2.acknowledgedInTime", share("stage 2 requests acknowledged within 5 working days",
                        stage2.acknowledgedInTime(), stage2.received(), "received", year),
                "stage2.respondedInTime", share("stage 2 responses sent within 20 working days of acknowledgement "
                        + "or by the extended date", stage2.respondedInTime(), stage2.responded(), "sent", year),
                "stage2.extended", share("stage 2 responses extended", stage2.extended(), stage2.responded(), "sent",
                        year),
                "stage2.differentHandler", share("stage 2 responses by someone other than the stage 1 handler",
                        handlers.different(), handlers.known(), "with both handlers recorded", year));
        List<Provision> rows = new ArrayList<>();
        for (ProvisionLine p : provisions) {
            String filled = p.evidence() == null ? null : evidence.get(p.evidence());
            rows.add(new Provision(p.paragraph(), p.requirement(), null, filled, ""));
        }
        return rows;
    }

    /** "what: 97% (1,204 of 1,241)"; with nothing to divide by, not applicable rather than 0%. */
    static String share(String what, long part, long whole, String none, FinancialYear year) {
        Integer percent = Percentages.share(part, whole);
        if (percent == null) {
            return what + ": not applicable, none " + none + " in " + year.name();
        }
        return String.format(Locale.UK, "%s: %d%% (%,d of %,d)", what, percent, part, whole);
    }

    private static Clocks find(List<Row> rows, Level level, Long directorateId, Long serviceId, int stage) {
        return rows.stream()
                .filter(r -> r.level() == level && r.stage() == stage
                        && (directorateId == null || directorateId.equals(r.directorateId()))
                        && (serviceId == null || serviceId.equals(r.serviceId())))
                .map(Row::clocks).findFirst().orElse(Clocks.NONE);
    }

    /** The provisions file, read once; a line that does not parse stops the start rather than a report. */
    static List<ProvisionLine> provisions() {
        String text;
        try (InputStream in = new ClassPathResource(PROVISIONS).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + PROVISIONS, e);
        }
        List<ProvisionLine> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalStateException(PROVISIONS + ": expected paragraph | requirement | evidence in '"
                        + line + "'");
            }
            String evidence = parts[2].strip();
            if (!evidence.equals("-") && !EVIDENCE.contains(evidence)) {
                throw new IllegalStateException(PROVISIONS + ": no figure '" + evidence + "'; use - or one of "
                        + EVIDENCE);
            }
            lines.add(new ProvisionLine(parts[0].strip(), parts[1].strip(), evidence.equals("-") ? null : evidence));
        }
        return List.copyOf(lines);
    }
}
