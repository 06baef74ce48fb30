package org.redress.ombudsman;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.redress.organisation.Role;
import org.redress.platform.FinancialYear;
import org.redress.organisation.StaffUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Ombudsman's national annual data uploaded from a page, for the service operator who alone may change it (the
 * API does the same): the same checks, every problem listed with its line and column, nothing stored unless all of
 * the file is right.
 */
@Controller
class NationalImportPages {

    /** Problems listed on the page; the count says how many more there were. */
    static final int PROBLEMS_SHOWN = 100;

    private final NationalData data;

    /**
     * What the national page's banner says after an import: rows, rows replaced, the years ("2019/20, 2020/21").
     * Serializable: it crosses the redirect in the session, which lives in the database.
     */
    record Imported(int imported, int replaced, String years) implements java.io.Serializable {
    }

    NationalImportPages(NationalData data) {
        this.data = data;
    }

    @GetMapping("/staff/ombudsman/national/import")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        requireOperator(user);
        return page(model, null, List.of(), 0);
    }

    @PostMapping("/staff/ombudsman/national/import")
    String upload(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) MultipartFile file,
            Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        requireOperator(user);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, "Choose the Ombudsman's annual data file (CSV)", List.of(), 0);
        }
        NationalData.ImportSummary summary;
        try {
            summary = data.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (ImportRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<ImportRejected.Problem> problems = e.problems();
            return page(model, null, problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN)), problems.size());
        }
        redirect.addFlashAttribute("imported", new Imported(summary.imported(), summary.replaced(),
                String.join(", ", summary.years().stream().map(y -> new FinancialYear(y).name()).toList())));
        int newest = summary.years().isEmpty() ? 0 : summary.years().get(summary.years().size() - 1);
        return newest == 0 ? "redirect:/staff/ombudsman/national" : "redirect:/staff/ombudsman/national?year=" + newest;
    }

    private static String page(Model model, String fileError, List<ImportRejected.Problem> problems, int problemCount) {
        model.addAttribute("fileError", fileError);
        model.addAttribute("problems", problems);
        model.addAttribute("problemCount", problemCount);
        model.addAttribute("required", String.join(", ", NationalFile.REQUIRED));
        model.addAttribute("optional", java.util.Arrays.stream(OmbudsmanCategory.values())
                .map(c -> NationalFile.RECEIVED_PREFIX + c.key()).toList());
        model.addAttribute("navSection", "ombudsman");
        model.addAttribute("backLink", "/staff/ombudsman/national");
        return "ombudsman/national-import";
    }

    private static void requireOperator(StaffUser user) {
        // The national data is shared by every council on the installation.
        if (!user.has(Role.SERVICE_OPERATOR)) {
            throw new AccessDeniedException("Only the service operator may import the Ombudsman's national data");
        }
    }
}
