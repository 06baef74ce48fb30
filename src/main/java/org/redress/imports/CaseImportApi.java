package org.redress.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.organisation.StaffUser;
import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The case import over JSON: a CSV body (or a multipart upload) in, a summary or every problem out. */
@RestController
@Tag(name = "Imports")
class CaseImportApi {

    private final CaseImports imports;
    private final ImportFiles files;
    private final Authorities authorities;

    CaseImportApi(CaseImports imports, ImportFiles files, Authorities authorities) {
        this.imports = imports;
        this.files = files;
        this.authorities = authorities;
    }

    /**
     * What was imported, and its warnings: lines kept as recorded though they disagree with Redress's own calendar,
     * the first {@value CaseCsv#MAX_PROBLEMS} listed, with a count of the rest.
     */
    record Imported(String authority, long lines, int cases, int stages, int servicesCreated, double seconds,
            long warningCount, List<Map<String, Object>> warnings, long moreWarnings) {
    }

    @PostMapping(path = "/api/v1/imports/cases", consumes = "text/csv")
    @Operation(summary = "Import cases from the case CSV (administrators and the customer feedback team). Any bad "
            + "line rejects the whole file; every problem is listed with its line and column. Unknown directorates "
            + "or services are problems unless createServices=true. What only disagrees with Redress's own calendar "
            + "(a delay reason on a response it counts on time, a late response without one) is imported as "
            + "recorded and listed under warnings")
    Imported importCsv(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String authority,
            @RequestParam(defaultValue = "false") boolean createServices, HttpServletRequest request)
            throws IOException {
        ImportFiles.requireImporter(user);
        Authority council = council(user, authority);
        try (InputStream body = request.getInputStream()) {
            return run(user, council, files.store(body), createServices);
        }
    }

    @PostMapping(path = "/api/v1/imports/cases", consumes = "multipart/form-data")
    @Operation(summary = "The same import, the CSV sent as the form field 'file'")
    Imported importUpload(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String authority,
            @RequestParam(defaultValue = "false") boolean createServices, @RequestParam("file") MultipartFile file)
            throws IOException {
        ImportFiles.requireImporter(user);
        Authority council = council(user, authority);
        try (InputStream body = file.getInputStream()) {
            return run(user, council, files.store(body), createServices);
        }
    }

    private Imported run(StaffUser user, Authority council, String stored, boolean createServices) {
        try {
            CaseImports.Summary s = imports.importFile(council.id(), files.path(stored), createServices,
                    "Import by " + user.displayName(), ImportProgress.NONE);
            return new Imported(council.code(), s.lines(), s.cases(), s.stages(), s.servicesCreated(),
                    s.took().toMillis() / 1000.0, s.warningCount(), s.warnings().stream()
                            .map(w -> Map.<String, Object>of("line", w.line(), "column", w.column(),
                                    "message", w.message()))
                            .toList(), s.moreWarnings());
        } finally {
            files.delete(stored);
        }
    }

    /** The caller's own council; naming another is refused. */
    private Authority council(StaffUser user, String code) {
        Authority own = authorities.get(user.authorityId());
        if (code == null || code.isBlank() || code.strip().equalsIgnoreCase(own.code())) {
            return own;
        }
        if (authorities.findByCode(code.strip().toUpperCase()).isEmpty()) {
            throw new InvalidInput("authority", "No council has the code " + code.strip());
        }
        throw new AccessDeniedException("Staff import only into their own council");
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nothing was imported: the file has " + String.format("%,d", e.total())
                        + " problem(s), each listed under errors with its line and column"
                        + (e.moreProblems() > 0 ? " (the first " + e.problems().size() + ")" : "") + ".");
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("line", p.line(), "column", p.column(),
                        "field", "line " + p.line() + (p.column().isEmpty() ? "" : ", " + p.column()),
                        "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        problem.setProperty("moreErrors", e.moreProblems());
        return problem;
    }
}
