package org.redress.ombudsman;

import org.redress.platform.FinancialYear;
import org.redress.platform.InvalidInput;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.StaffUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every authority's Ombudsman figures from the national data (sortable, filterable by type), one authority beside
 * its peers, and the annual review letter's statistics as a page, a PDF, or a zip of PDFs for all authorities. The
 * council's own letter can also be previewed from its own cases before the Ombudsman's arrives.
 */
@Controller
class NationalPages {

    static final String NATIONAL_SOURCE = "This is a preview, not a letter from the Ombudsman. Redress worked it out "
            + "from the Ombudsman's published annual data.";
    static final String OWN_SOURCE = "This is a preview, not a letter from the Ombudsman. Redress worked it out from "
            + "the council's own record of Ombudsman cases, beside the Ombudsman's published data for similar "
            + "authorities. The Ombudsman's own figures may differ.";

    private final AnnualReviews reviews;
    private final OmbudsmanStatistics statistics;
    private final Authorities authorities;
    private final LetterPdf pdf;

    NationalPages(AnnualReviews reviews, OmbudsmanStatistics statistics, Authorities authorities, LetterPdf pdf) {
        this.reviews = reviews;
        this.statistics = statistics;
        this.authorities = authorities;
        this.pdf = pdf;
    }

    enum Sort {
        NAME(Comparator.comparing((AnnualReview r) -> r.authority().authorityName().toLowerCase())),
        INVESTIGATIONS(Comparator.comparingLong((AnnualReview r) -> r.figures().detailedInvestigations())),
        UPHOLD(rate(r -> r.figures().upholdRate())),
        COMPLIANCE(rate(r -> r.figures().complianceRate())),
        REMEDY(rate(r -> r.figures().satisfactoryRemedyRate()));

        final Comparator<AnnualReview> order;

        Sort(Comparator<AnnualReview> order) {
            this.order = order;
        }

        public String key() {
            return name().toLowerCase();
        }

        /** Not applicable sorts last whichever way. */
        private static Comparator<AnnualReview> rate(java.util.function.Function<AnnualReview, Integer> rate) {
            return Comparator.comparing(rate, Comparator.nullsLast(Comparator.naturalOrder()));
        }
    }

    @GetMapping("/staff/ombudsman/national")
    String national(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String type, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String order, Model model) {
        OmbudsmanCases.requireRead(user);
        List<Integer> years = reviews.years();
        int shown = year != null ? FinancialYear.asked("year", year).startYear() : years.isEmpty() ? FinancialYear.of(java.time.LocalDate.now()).startYear() - 1 : years.get(0);
        AuthorityType chosenType = null;
        try {
            chosenType = type == null || type.isBlank() ? null : AuthorityType.fromKey(type);
        } catch (IllegalArgumentException e) {
            chosenType = null;
        }
        Sort chosenSort = parseSort(sort);
        boolean descending = "desc".equals(order);
        AuthorityType filter = chosenType;
        List<AnnualReview> all = reviews.year(shown);
        Comparator<AnnualReview> comparator = chosenSort.order;
        if (descending) {
            comparator = chosenSort == Sort.NAME || chosenSort == Sort.INVESTIGATIONS ? comparator.reversed()
                    : Comparator.comparing((AnnualReview r) -> value(chosenSort, r),
                            Comparator.nullsLast(Comparator.<Integer>reverseOrder()));
        }
        List<AnnualReview> rows = all.stream().filter(r -> filter == null || r.authority().type() == filter)
                .sorted(comparator.thenComparing(Sort.NAME.order)).toList();
        Map<AuthorityType, PeerFigures> averages = new LinkedHashMap<>();
        for (AnnualReview r : all) {
            averages.putIfAbsent(r.authority().type(), r.similar());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("averages", averages.values().stream()
                .sorted(Comparator.comparing(PeerFigures::type)).toList());
        model.addAttribute("year", new FinancialYear(shown));
        model.addAttribute("years", years.stream().collect(java.util.stream.Collectors.toMap(y -> y,
                y -> new FinancialYear(y).name(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("types", org.redress.platform.Forms.options(AuthorityType.values(), AuthorityType::key, AuthorityType::label));
        model.addAttribute("type", chosenType == null ? null : chosenType.key());
        model.addAttribute("sort", chosenSort.key());
        model.addAttribute("order", descending ? "desc" : "asc");
        model.addAttribute("method", reviews.method());
        model.addAttribute("backLink", "/staff/ombudsman");
        return "ombudsman/national";
    }

    @GetMapping("/staff/ombudsman/national/{code}")
    String authority(@AuthenticationPrincipal StaffUser user, @PathVariable String code, @RequestParam int year,
            Model model) {
        OmbudsmanCases.requireRead(user);
        FinancialYear.asked("year", year);
        AnnualReview review = reviews.review(code, year);
        model.addAttribute("review", review);
        model.addAttribute("f", review.figures());
        model.addAttribute("p", review.similar());
        model.addAttribute("chart", RateChart.svg(review.authority().authorityName(), review.figures(), review.similar()));
        model.addAttribute("backLink", "/staff/ombudsman/national?year=" + year + "&type=" + review.authority().type().key());
        return "ombudsman/authority";
    }

    // ---- the annual review letter ------------------------------------------------------------------------------------

    @GetMapping("/staff/ombudsman/letter")
    String letter(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String authority,
            @RequestParam int year, Model model) {
        OmbudsmanCases.requireRead(user);
        Letter letter = letterFor(user, authority, year);
        model.addAttribute("letter", letter.letter());
        model.addAttribute("chart", letter.chart());
        model.addAttribute("own", authority == null || authority.isBlank());
        model.addAttribute("pdfLink", "/staff/ombudsman/letter.pdf?year=" + year
                + (authority == null || authority.isBlank() ? "" : "&authority=" + java.net.URLEncoder.encode(authority,
                        java.nio.charset.StandardCharsets.UTF_8)));
        model.addAttribute("backLink", "/staff/ombudsman");
        return "ombudsman/letter";
    }

    @GetMapping("/staff/ombudsman/letter.pdf")
    ResponseEntity<byte[]> letterPdf(@AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String authority, @RequestParam int year) {
        OmbudsmanCases.requireRead(user);
        Letter letter = letterFor(user, authority, year);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(LetterPdf.fileName(letter.letter())).build().toString())
                .body(pdf.pdf(letter.letter(), letter.chart()));
    }

    @GetMapping("/staff/ombudsman/letters.zip")
    void letters(@AuthenticationPrincipal StaffUser user, @RequestParam int year,
            @RequestParam(required = false) String type, HttpServletResponse response) throws IOException {
        OmbudsmanCases.requireRead(user);
        FinancialYear.asked("year", year);
        AuthorityType filter;
        try {
            filter = type == null || type.isBlank() ? null : AuthorityType.fromKey(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("type", e.getMessage());
        }
        List<AnnualReview> all = reviews.year(year).stream()
                .filter(r -> filter == null || r.authority().type() == filter).toList();
        if (all.isEmpty()) {
            throw new org.redress.platform.NotFound("Ombudsman data for " + new FinancialYear(year));
        }
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("annual-review-letters-" + year + (filter == null ? "" : "-" + filter.key()) + ".zip").build().toString());
        pdf.zip(all.stream().map(r -> AnnualLetter.of(r.authority(), r.similar(), NATIONAL_SOURCE)).toList(),
                all.stream().map(r -> RateChart.svg(r.authority().authorityName(), r.figures(), r.similar())).toList(),
                response.getOutputStream());
    }

    record Letter(AnnualLetter letter, String chart) {
    }

    /**
     * The letter for an authority in the national data, or (no authority given) the council's own preview: its
     * own cases' figures beside the national average for its type.
     */
    private Letter letterFor(StaffUser user, String code, int year) {
        FinancialYear.asked("year", year);
        if (code != null && !code.isBlank()) {
            AnnualReview review = reviews.review(code, year);
            return new Letter(AnnualLetter.of(review.authority(), review.similar(), NATIONAL_SOURCE),
                    RateChart.svg(review.authority().authorityName(), review.figures(), review.similar()));
        }
        // the preview counts every directorate's Ombudsman cases: not for a reader scoped to one
        if (!user.seesWholeCouncil()) {
            throw new AccessDeniedException("The council's own letter counts the whole council's Ombudsman cases; "
                    + "staff scoped to one directorate or service may read the published letters only");
        }
        Authority council = authorities.get(user.authorityId());
        NationalFigures own = statistics.asNationalRow(council, year);
        PeerFigures similar = reviews.peers(council.type(), year);
        return new Letter(AnnualLetter.of(own, similar, OWN_SOURCE),
                RateChart.svg(council.name(), own.figures(), similar));
    }

    private static Sort parseSort(String sort) {
        try {
            Sort parsed = Keys.parse(Sort.class, sort);
            return parsed == null ? Sort.NAME : parsed;
        } catch (IllegalArgumentException e) {
            return Sort.NAME;
        }
    }

    private static Integer value(Sort sort, AnnualReview r) {
        return switch (sort) {
            case UPHOLD -> r.figures().upholdRate();
            case COMPLIANCE -> r.figures().complianceRate();
            case REMEDY -> r.figures().satisfactoryRemedyRate();
            default -> null;
        };
    }
}
