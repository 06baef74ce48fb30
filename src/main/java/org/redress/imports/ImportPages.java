package org.redress.imports;

import java.io.IOException;
import java.io.InputStream;

import org.redress.organisation.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages for importing cases: upload, the check's report, confirm, a progress bar, and the result. The
 * progress page refreshes itself with a {@code Refresh} header, so it needs no script.
 */
@Controller
class ImportPages {

    static final int REFRESH_SECONDS = 2;

    private final ImportJobs jobs;

    ImportPages(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/staff/imports")
    String index(@AuthenticationPrincipal StaffUser user, Model model) {
        ImportFiles.requireImporter(user);
        model.addAttribute("jobs", jobs.recent(user.authorityId()));
        model.addAttribute("statusLabels", ImportJobs.statusLabels());
        model.addAttribute("header", CaseCsv.HEADER);
        model.addAttribute("navSection", "imports");
        return "imports/index";
    }

    @PostMapping("/staff/imports")
    String upload(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean createServices, Model model) throws IOException {
        ImportFiles.requireImporter(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return index(user, model);
        }
        try (InputStream in = file.getInputStream()) {
            long id = jobs.upload(user.authorityId(), user.staffId(), file.getOriginalFilename(), createServices, in);
            return "redirect:/staff/imports/" + id;
        }
    }

    @GetMapping("/staff/imports/{id}")
    String job(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        ImportFiles.requireImporter(user);
        ImportJobs.Job job = jobs.job(user.authorityId(), id);
        if (job.status().running()) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        model.addAttribute("status", job.status().key());
        model.addAttribute("navSection", "imports");
        return "imports/job";
    }

    @PostMapping("/staff/imports/{id}/confirm")
    String confirm(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        ImportFiles.requireImporter(user);
        jobs.confirm(user.authorityId(), id, "Import by " + user.displayName());
        return "redirect:/staff/imports/" + id;
    }

    @PostMapping("/staff/imports/{id}/cancel")
    String cancel(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
        ImportFiles.requireImporter(user);
        jobs.cancel(user.authorityId(), id);
        return "redirect:/staff/imports";
    }
}
