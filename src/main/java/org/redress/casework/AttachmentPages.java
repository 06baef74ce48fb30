package org.redress.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.redress.organisation.StaffUser;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff add a file to a case, and download one. A download is always saved, never shown in the browser: sent as an
 * attachment, with sniffing off and a sandboxing policy, so even a file that got past the checks cannot run as a page
 * of this site.
 */
@Controller
class AttachmentPages {

    private final Attachments attachments;
    private final Casework casework;

    AttachmentPages(Attachments attachments, Casework casework) {
        this.attachments = attachments;
        this.casework = casework;
    }

    @GetMapping("/staff/cases/{reference}/attachments")
    String addForm(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, Model model) {
        model.addAttribute("form", new AttachmentForm());
        return page(user, reference, model);
    }

    @PostMapping("/staff/cases/{reference}/attachments")
    String add(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @ModelAttribute("form") AttachmentForm form, BindingResult errors, Model model, RedirectAttributes flash,
            HttpServletResponse response) {
        return Forms.save(errors, response, () -> {
            MultipartFile file = form.getFile();
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                throw new InvalidInput("file", "Select a file");
            }
            attachments.checkSize("file", file.getOriginalFilename(), file.getSize());
            Attachment added = attachments.add(user, reference, file.getOriginalFilename(), bytes(file));
            flash.addFlashAttribute("banner", "File added: " + added.fileName());
            return "redirect:/staff/cases/" + reference;
        }, () -> {
            model.addAttribute("hasErrors", true);
            return page(user, reference, model);
        });
    }

    @GetMapping("/staff/cases/{reference}/attachments/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @PathVariable long id) {
        Attachments.Download download = attachments.download(user, reference, id);
        Attachment a = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.downloadName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(download.content());
    }

    private String page(StaffUser user, String reference, Model model) {
        FeedbackCase c = casework.get(user, reference);
        model.addAttribute("c", c);
        model.addAttribute("allowed", AttachmentType.ALLOWED);
        model.addAttribute("maxSize", attachments.limits().maxFileSizeText());
        model.addAttribute("backLink", "/staff/cases/" + c.reference());
        return "casework/attachment";
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
