package org.redress.intake;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redress.casework.AttachmentType;
import org.redress.casework.Attachments;
import org.redress.casework.CheckedFile;
import org.redress.organisation.Authority;
import org.redress.platform.FieldProblem;
import org.redress.platform.Forms;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The public form: start page, one question per page, check your answers, confirmation. Answers live in the session
 * until sent; a page with a problem is shown again as typed with the problem in the summary and at the field.
 */
@Controller
class FeedbackPages {

    static final String ANSWERS = "intake.answers";
    static final String KEY = "intake.submissionKey";
    static final String SUBMITTED = "intake.submitted";

    private final IntakeCouncil council;
    private final Topics topics;
    private final Submissions submissions;
    private final RateLimiter limiter;
    private final IntakeProperties properties;
    private final Uploads uploads;
    private final Attachments attachments;
    private final Clock clock;

    FeedbackPages(IntakeCouncil council, Topics topics, Submissions submissions, RateLimiter limiter,
            IntakeProperties properties, Uploads uploads, Attachments attachments, Clock clock) {
        this.uploads = uploads;
        this.attachments = attachments;
        this.council = council;
        this.topics = topics;
        this.submissions = submissions;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/feedback")
    String start(Model model) {
        Authority authority = council(model);
        model.addAttribute("open", !topics.list(authority.id()).isEmpty());
        return "intake/start";
    }

    @GetMapping("/feedback/{slug}")
    String question(@PathVariable String slug, @RequestParam(required = false) String change, HttpSession session,
            Model model) {
        Question question = Question.fromSlug(slug).orElseThrow(() -> new NotFound("Page " + slug));
        model.addAttribute("form", answers(session).toForm());
        return page(question, answers(session), change != null, model);
    }

    @PostMapping("/feedback/{slug}")
    String answer(@PathVariable String slug, @RequestParam(required = false) String change,
            @ModelAttribute("form") IntakeForm form, BindingResult errors, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Question question = Question.fromSlug(slug).orElseThrow(() -> new NotFound("Page " + slug));
        if (!limiter.allow("answer", request.getRemoteAddr(), properties.getAnswersPerHour(), clock.instant())) {
            return tooMany(response);
        }
        // Taken into a copy and kept only once checked: what the session holds is never more than a valid form.
        Answers answers = answers(session).copy();
        question.take(form, answers);
        long authorityId = council.get().id();
        List<FieldProblem> problems = question.problems(answers, topicIds(authorityId), today());
        if (!problems.isEmpty()) {
            Forms.reject(errors, problems);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hasErrors", true);
            return page(question, answers, change != null, model);
        }
        session.setAttribute(ANSWERS, answers);
        return onwards(question, answers, change != null, authorityId);
    }

    /** Files are checked as they are added, all or none, and kept until the form is sent (see {@link Uploads}). */
    @PostMapping("/feedback/files")
    String addFiles(@RequestParam(required = false) String change, @RequestParam(defaultValue = "next") String then,
            @ModelAttribute("form") IntakeForm form, BindingResult errors, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Answers answers = answers(session);
        long authorityId = council.get().id();
        // A file input left empty still sends one part, with no name and no bytes.
        List<MultipartFile> chosen = form.getFiles() == null ? List.of() : form.getFiles().stream()
                .filter(f -> !(f.isEmpty() && Question.blank(f.getOriginalFilename()))).toList();
        if (chosen.isEmpty() && "more".equals(then)) {
            Forms.reject(errors, "files", "Select a file to upload");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hasErrors", true);
            return page(Question.FILES, answers, change != null, model);
        }
        if (!chosen.isEmpty()) {
            // Requests, files and bytes each have an hourly quota per address, checked before anything is kept.
            String client = request.getRemoteAddr();
            long bytes = chosen.stream().mapToLong(MultipartFile::getSize).sum();
            if (!limiter.allow("upload", client, properties.getSubmissionsPerHour() * attachments.limits().getMaxFiles(),
                    clock.instant())
                    || !limiter.allow("upload files", client, properties.getUploadFilesPerHour(), clock.instant(),
                            chosen.size())
                    || !limiter.allow("upload bytes", client, properties.getUploadBytesPerHour().toBytes(),
                            clock.instant(), bytes)) {
                return tooMany(response);
            }
            try {
                keep(authorityId, answers, chosen);
                session.setAttribute(ANSWERS, answers);
            } catch (InvalidInput e) {
                Forms.reject(errors, e.problems());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("hasErrors", true);
                return page(Question.FILES, answers, change != null, model);
            }
        }
        if ("more".equals(then)) {
            return "redirect:/feedback/files" + (change != null ? "?change" : "");
        }
        return onwards(Question.FILES, answers, change != null, authorityId);
    }

    @PostMapping("/feedback/files/{id}/remove")
    String removeFile(@PathVariable long id, @RequestParam(required = false) String from, HttpSession session) {
        uploads.remove(answers(session).uploadKey, id);
        return "check".equals(from) ? "redirect:/feedback/check" : "redirect:/feedback/files";
    }

    private void keep(long authorityId, Answers answers, List<MultipartFile> chosen) {
        int already = uploads.list(answers.uploadKey).size();
        int most = attachments.limits().getMaxFiles();
        if (already + chosen.size() > most) {
            throw new InvalidInput("files", "You can send up to " + most + " files"
                    + (already > 0 ? "; you have added " + already + " already" : ""));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<CheckedFile> checked = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (MultipartFile file : chosen) {
            try {
                attachments.checkSize("files", file.getOriginalFilename(), file.getSize());
                byte[] bytes = file.getBytes();
                checked.add(attachments.check("files", file.getOriginalFilename(), bytes));
                contents.add(bytes);
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(new FieldProblem("files", "The selected file could not be uploaded – try again"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (answers.uploadKey == null) {
            answers.uploadKey = UUID.randomUUID().toString();
        }
        uploads.removeAddedBefore(clock.instant().minus(properties.getAbandonedUploadsKept()));
        uploads.add(authorityId, answers.uploadKey, checked, contents, clock.instant());
    }

    private String onwards(Question question, Answers answers, boolean changing, long authorityId) {
        Optional<Question> next = question.next(answers);
        boolean finished = Question.firstUnanswered(answers, topicIds(authorityId), today()).isEmpty();
        if (changing && finished) {
            return "redirect:/feedback/check";
        }
        // When changing an answer opens a new question (a comment becomes a complaint), ask it, then go back to check.
        if (changing) {
            Question unanswered = Question.firstUnanswered(answers, topicIds(authorityId), today()).orElseThrow();
            return "redirect:/feedback/" + unanswered.slug() + "?change";
        }
        return next.map(q -> "redirect:/feedback/" + q.slug()).orElse("redirect:/feedback/check");
    }

    @GetMapping("/feedback/check")
    String check(HttpSession session, Model model) {
        Answers answers = answers(session);
        long authorityId = council(model).id();
        Optional<Question> unanswered = Question.firstUnanswered(answers, topicIds(authorityId), today());
        if (unanswered.isPresent()) {
            return "redirect:/feedback/" + unanswered.get().slug();
        }
        return checkPage(session, answers, authorityId, new IntakeForm(), model);
    }

    @PostMapping("/feedback/check")
    String submit(@ModelAttribute("form") IntakeForm form, BindingResult errors, HttpSession session,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Authority authority = council(model);
        String key = Question.blank(form.getSubmissionKey()) ? (String) session.getAttribute(KEY)
                : form.getSubmissionKey().strip();
        Optional<Submissions.Submitted> before = submissions.find(key);
        if (before.isPresent()) {
            return confirm(session, before.get());
        }
        if (!Question.blank(form.getWebsite())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "intake/not-sent";
        }
        Answers answers = (Answers) session.getAttribute(ANSWERS);
        if (answers == null || key == null || key.length() > 64) {
            // The session ended (or the form came from elsewhere): start again rather than send half an answer.
            return "redirect:/feedback";
        }
        if (!limiter.allow("submit", request.getRemoteAddr(), properties.getSubmissionsPerHour(), clock.instant())) {
            return tooMany(response);
        }
        try {
            Submissions.Submitted submitted = submissions.submit(authority.id(), answers, key, today());
            session.removeAttribute(ANSWERS);
            session.removeAttribute(KEY);
            return confirm(session, submitted);
        } catch (InvalidInput e) {
            Forms.reject(errors, e.problems());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hasErrors", true);
            return checkPage(session, answers, authority.id(), form, model);
        }
    }

    @GetMapping("/feedback/confirmation")
    String confirmation(HttpSession session, Model model) {
        Object submitted = session.getAttribute(SUBMITTED);
        if (!(submitted instanceof Submissions.Submitted s)) {
            return "redirect:/feedback";
        }
        council(model);
        model.addAttribute("submitted", s);
        return "intake/confirmation";
    }

    // ---- machinery ---------------------------------------------------------------------------------------------

    private static String tooMany(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "3600");
        return "intake/too-many";
    }

    private String confirm(HttpSession session, Submissions.Submitted submitted) {
        session.setAttribute(SUBMITTED, submitted);
        return "redirect:/feedback/confirmation";
    }

    private String page(Question question, Answers answers, boolean change, Model model) {
        Authority authority = council(model);
        model.addAttribute("question", question.slug());
        model.addAttribute("change", change);
        model.addAttribute("kind", answers.kind == null ? "feedback" : answers.kind);
        model.addAttribute("backLink", change ? "/feedback/check"
                : question.previous(answers).map(q -> "/feedback/" + q.slug()).orElse("/feedback"));
        model.addAttribute("action", "/feedback/" + question.slug() + (change ? "?change" : ""));
        if (question == Question.TOPIC) {
            List<Topic> offered = topics.list(authority.id());
            model.addAttribute("topics", offered.stream().collect(Collectors.toMap(t -> String.valueOf(t.id()),
                    Topic::label, (a, b) -> a, LinkedHashMap::new)));
            model.addAttribute("topicHints", offered.stream().filter(t -> t.hint() != null)
                    .collect(Collectors.toMap(t -> String.valueOf(t.id()), Topic::hint)));
        }
        model.addAttribute("kinds", options("complaint", "Make a complaint", "comment", "Leave a comment",
                "compliment", "Give a compliment"));
        model.addAttribute("yesNo", options("yes", "Yes", "no", "No"));
        model.addAttribute("ways", options("email", "Email", "phone", "Phone", "post", "Post"));
        model.addAttribute("consentOptions", options("yes", "They have agreed to me giving this feedback for them"));
        if (question == Question.FILES) {
            model.addAttribute("uploads", uploads.list(answers.uploadKey));
            model.addAttribute("allowed", AttachmentType.ALLOWED);
            model.addAttribute("maxSize", attachments.limits().maxFileSizeText());
            model.addAttribute("maxFiles", attachments.limits().getMaxFiles());
        }
        return "intake/" + question.slug();
    }

    private String checkPage(HttpSession session, Answers answers, long authorityId, IntakeForm form, Model model) {
        String key = (String) session.getAttribute(KEY);
        if (key == null) {
            key = UUID.randomUUID().toString();
            session.setAttribute(KEY, key);
        }
        form.setSubmissionKey(key);
        form.setWebsite(null);
        model.addAttribute("form", form);
        model.addAttribute("answers", answers);
        model.addAttribute("topic", topics.find(authorityId, answers.topicId).map(Topic::label).orElse(""));
        model.addAttribute("happenedOn", answers.happenedOn().isBlank() ? null : answers.happenedOn().toDate());
        model.addAttribute("complaint", "complaint".equals(answers.kind));
        model.addAttribute("uploads", uploads.list(answers.uploadKey));
        model.addAttribute("backLink", "/feedback/contact");
        return "intake/check";
    }

    private Authority council(Model model) {
        Authority authority = council.get();
        model.addAttribute("councilName", authority.name());
        return authority;
    }

    private Set<Long> topicIds(long authorityId) {
        return topics.list(authorityId).stream().map(Topic::id).collect(Collectors.toSet());
    }

    private static Answers answers(HttpSession session) {
        Object a = session.getAttribute(ANSWERS);
        return a instanceof Answers answers ? answers : new Answers();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            options.put(pairs[i], pairs[i + 1]);
        }
        return options;
    }
}
