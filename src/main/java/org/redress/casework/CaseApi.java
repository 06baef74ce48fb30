package org.redress.casework;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffUser;
import org.redress.platform.IdempotencyKeys;
import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casework over JSON: the same steps as the staff pages, with the same rules. Vocabulary is lower_snake_case as in
 * the CSV contract. Every step accepts the {@code version} the caller last saw; a stale one answers 409.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
public class CaseApi {

    private final Casework casework;
    private final WorkQueue queue;
    private final CouncilStructure structure;
    private final Attachments attachments;
    private final CaseViews views;
    private final IdempotencyKeys idempotency;
    private final JsonMapper json;

    CaseApi(Casework casework, WorkQueue queue, CouncilStructure structure, Attachments attachments, CaseViews views,
            IdempotencyKeys idempotency, JsonMapper json) {
        this.attachments = attachments;
        this.views = views;
        this.casework = casework;
        this.queue = queue;
        this.structure = structure;
        this.idempotency = idempotency;
        this.json = json;
    }

    record ContactBody(String name, String email, String phone, String address, String relationship) {
    }

    record CreateCase(String type, String channel, LocalDate receivedOn, Long serviceId, String procedure,
            String description, String desiredOutcome, ContactBody customer, ContactBody representative,
            List<String> reasons, List<String> tags, Long assignTo) {
    }

    /** The fields of every step; each step reads the ones it needs. */
    record StepBody(Integer version, LocalDate date, String outcome, String summary, String delayReason, String reason,
            Integer workingDays, Long staffId, String remedyKind, String description, Boolean followUp,
            LocalDate dueOn, String paymentKind, BigDecimal amount, String source, Long directorateId, String note,
            String reference, Boolean complainantAgreedLonger, List<String> reasons, List<String> tags) {
    }

    /**
     * One stage: {@code escalationReason} is why the customer asked for it (stage 2 on), {@code responseSummary} what
     * the council said in its response.
     */
    record StageView(int number, LocalDate receivedOn, String escalationReason, LocalDate acknowledgementDue,
            LocalDate acknowledgedOn, LocalDate responseDue, LocalDate originalResponseDue, int suspendedWorkingDays,
            String extensionReason, LocalDate agreedResponseOn, LocalDate respondedOn, String outcome,
            String responseSummary, String delayReason, Long handler, boolean late) {
    }

    /**
     * A case and everything staff typed on it: {@code withdrawalReason} once withdrawn, {@code notes} newest first.
     * {@code allowedSteps} are the steps it may take now (as the case page offers them), and {@code nextStep} where
     * the customer goes once the procedure has no further stage.
     */
    record CaseView(String reference, String type, String channel, String status, LocalDate receivedOn,
            long serviceId, String service, String directorate, String procedure, int currentStage, int version,
            Long assignedTo, ContactBody customer, String description, String desiredOutcome, List<String> reasons,
            List<String> tags, List<StageView> stages, List<RemedyAction> remedies, List<PaymentView> payments,
            List<AttachmentView> attachments, List<NoteView> notes, String withdrawalReason, LocalDate closedOn,
            List<String> allowedSteps, String nextStep) {
    }

    record NoteView(String text, String by, Instant at) {
    }

    /** A file kept with the case; {@code download} is the staff page address that saves it. */
    record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256, String addedBy,
            Instant addedAt, String download) {
    }

    record PaymentView(String kind, BigDecimal amount, LocalDate paidOn, long directorateId, String source, String note) {
    }

    /**
     * {@code next} and {@code previous} go back as {@code after} and {@code before} for the pages either side. When
     * {@code totalIsLowerBound} the count stopped at {@code total} (lists are counted no further than 1,000) and there
     * are more; {@code pages} is then a lower bound too, and {@code next} says whether there is another page.
     */
    record PageView(List<CaseSummary> cases, long total, boolean totalIsLowerBound, int page, int pages, String next,
            String previous) {
    }

    static final String CREATE = "POST /api/v1/cases";

    @PostMapping
    @Operation(summary = "Log a case; answers with its reference and each stage's due dates",
            description = "With an Idempotency-Key header a retry of the same request answers as the first did "
                    + "(same status and reference) without logging a second case; the same key with another body "
                    + "answers 422.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CaseView.class)))
    ResponseEntity<?> create(@AuthenticationPrincipal StaffUser user,
            @Parameter(description = "A key of your choosing (a UUID), the same for every retry of one case")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody CreateCase body) {
        if (body == null) {
            throw new InvalidInput("body", "Send the case as a JSON object");
        }
        if (key == null) {
            Casework.Logged logged = casework.logAndShow(user, newCase(body));
            return ResponseEntity.created(location(logged.feedbackCase().reference())).body(view(logged));
        }
        IdempotencyKeys.Answer answer = idempotency.once(user.authorityId(), CREATE, key, json.writeValueAsString(body),
                () -> {
                    Casework.Logged logged = casework.logAndShow(user, newCase(body));
                    return new IdempotencyKeys.Answer(HttpStatus.CREATED.value(), logged.feedbackCase().reference(),
                            json.writeValueAsString(view(logged)));
                });
        return ResponseEntity.status(answer.status()).location(location(answer.resource()))
                .header("Idempotent-Replayed", String.valueOf(answer.replayed()))
                .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    /**
     * The case as {@code GET /api/v1/cases/{reference}} shows it, for a step another module takes (the response,
     * written and sent by correspondence).
     */
    public Object shown(StaffUser user, String reference) {
        return view(user, reference);
    }

    /** Answers for a case logged elsewhere (an email turned into a case) exactly as {@code POST /api/v1/cases} does. */
    public ResponseEntity<?> created(Casework.Logged logged) {
        return ResponseEntity.created(location(logged.feedbackCase().reference())).body(view(logged));
    }

    private static NewCase newCase(CreateCase body) {
        ContactBody customer = body.customer() == null ? new ContactBody(null, null, null, null, null) : body.customer();
        ContactBody rep = body.representative() == null ? new ContactBody(null, null, null, null, null) : body.representative();
        return new NewCase(parse(FeedbackType::fromKey, body.type(), "type"),
                parse(Channel::fromKey, body.channel(), "channel"), body.receivedOn(), body.serviceId(),
                body.procedure(), body.description(), body.desiredOutcome(),
                new Contact(customer.name(), customer.email(), customer.phone(), customer.address()),
                new Contact(rep.name(), rep.email(), null, null), rep.relationship(), body.reasons(), body.tags(),
                body.assignTo());
    }

    private static URI location(String reference) {
        return URI.create("/api/v1/cases/" + reference);
    }

    @GetMapping
    @Operation(summary = "A work queue: view = mine, scope, due-soon, overdue or unassigned; soonest due first",
            description = "Cases are counted up to 1,000: past that, total is 1,000 and totalIsLowerBound is true.")
    PageView list(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "scope") String view,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long serviceId, @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String after, @RequestParam(required = false) String before) {
        WorkQueue.Filter filter = new WorkQueue.Filter(parse(FeedbackType::fromKey, type, "type"),
                parse(CaseStatus::fromKey, status, "status"), serviceId);
        return page(queue.queue(user, WorkQueue.View.fromKey(view), filter, WorkQueue.Position.of(page, after, before)));
    }

    @GetMapping("/search")
    @Operation(summary = "Search by reference, customer name or words in the description; newest first",
            description = "Matches are counted up to 1,000: past that, total is 1,000 and totalIsLowerBound is true.")
    PageView search(@AuthenticationPrincipal StaffUser user, @RequestParam String q,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before) {
        return page(queue.search(user, q, WorkQueue.Position.of(page, after, before)));
    }

    @GetMapping("/{reference}")
    CaseView get(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        CaseView view = view(user, reference);
        views.record(user, casework.file(user, reference).feedbackCase(), CaseViews.What.API_CASE);
        return view;
    }

    @GetMapping("/{reference}/events")
    @Operation(summary = "The case's timeline: every change, newest first")
    List<CaseEvent> events(@AuthenticationPrincipal StaffUser user, @PathVariable String reference) {
        CaseFile file = casework.file(user, reference);
        views.record(user, file.feedbackCase(), CaseViews.What.API_EVENTS);
        return file.timeline();
    }

    @PostMapping("/{reference}/acknowledgement")
    CaseView acknowledge(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.acknowledge(user, reference, b.version(), b.date()).reference());
    }

    @PostMapping("/{reference}/investigation")
    CaseView investigate(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @RequestBody(required = false) StepBody b) {
        return view(user, casework.startInvestigation(user, reference, b == null ? null : b.version()).reference());
    }

    @PostMapping("/{reference}/resolution-upon-receipt")
    CaseView resolve(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.resolveUponReceipt(user, reference, b.version(), b.date(), b.summary()).reference());
    }

    @PostMapping("/{reference}/closure")
    CaseView close(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.close(user, reference, b.version(), b.date()).reference());
    }

    @PostMapping("/{reference}/escalation")
    @Operation(summary = "Start the next stage: date the customer asked, and why")
    CaseView escalate(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.escalate(user, reference, b.version(), b.date(), b.reason()).reference());
    }

    @PostMapping("/{reference}/withdrawal")
    CaseView withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.withdraw(user, reference, b.version(), b.date(), b.reason()).reference());
    }

    @PostMapping("/{reference}/extension")
    CaseView extend(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.extend(user, reference, b.version(), b.workingDays(), b.reason()).reference());
    }

    @PostMapping("/{reference}/agreed-response-date")
    CaseView agree(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.agreeResponseDate(user, reference, b.version(), b.date(),
                Boolean.TRUE.equals(b.complainantAgreedLonger())).reference());
    }

    @PostMapping("/{reference}/assignment")
    CaseView assign(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.assign(user, reference, b.version(), b.staffId(), b.reason()).reference());
    }

    @PutMapping("/{reference}/details")
    @Operation(summary = "Replace the case's reasons and tags")
    CaseView details(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.changeDetails(user, reference, b.version(), b.reasons(), b.tags()).reference());
    }

    @PostMapping("/{reference}/remedies")
    CaseView remedy(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.addRemedy(user, reference, b.version(),
                parse(RemedyKind::fromKey, b.remedyKind(), "remedyKind"), b.description(),
                Boolean.TRUE.equals(b.followUp()), b.dueOn()).reference());
    }

    @PostMapping("/{reference}/remedies/{remedyId}/completion")
    CaseView completeRemedy(@AuthenticationPrincipal StaffUser user, @PathVariable String reference,
            @PathVariable long remedyId, @RequestBody StepBody b) {
        return view(user, casework.completeRemedy(user, reference, b.version(), remedyId, b.date()).reference());
    }

    @PostMapping("/{reference}/payments")
    @Operation(summary = "Record money paid or waived: paymentKind, amount (pounds, 2 decimal places), date, source")
    CaseView payment(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.recordPayment(user, reference, b.version(),
                parse(PaymentKind::fromKey, b.paymentKind(), "paymentKind"), b.amount(), b.date(),
                parse(PaymentSource::fromKey, b.source(), "source"), b.directorateId(), b.note()).reference());
    }

    @PostMapping("/{reference}/notes")
    CaseView note(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.addNote(user, reference, b.version(), b.note()).reference());
    }

    @PostMapping("/{reference}/links")
    CaseView link(@AuthenticationPrincipal StaffUser user, @PathVariable String reference, @RequestBody StepBody b) {
        return view(user, casework.link(user, reference, b.version(), b.reference()).reference());
    }

    private CaseView view(StaffUser user, String reference) {
        CaseFile file = casework.file(user, reference);
        FeedbackCase c = file.feedbackCase();
        Lifecycle lifecycle = casework.lifecycle(file);
        List<NoteView> notes = file.timeline().stream().filter(e -> e.action() == CaseAction.NOTE_ADDED)
                .map(e -> new NoteView(e.words() != null ? e.words() : e.summary(), e.actor(), e.occurredAt()))
                .toList();
        String withdrawalReason = c.status() != CaseStatus.WITHDRAWN ? null : file.timeline().stream()
                .filter(e -> e.action() == CaseAction.WITHDRAWN).findFirst().map(CaseEvent::words).orElse(null);
        return view(c, structure.service(user.authorityId(), c.serviceId()), file.reasons(), file.tags(),
                file.remedies(), file.payments(), attachments.list(user, reference), notes, withdrawalReason,
                lifecycle.allowed(), lifecycle.afterLastStage().map(Lifecycle.AfterLastStage::sentence).orElse(null));
    }

    /**
     * A case just logged, from what was written rather than read back: it has no remedies, payments, files or notes
     * yet, and a case just received may take the steps a new case may; so it answers as reading it would.
     */
    private CaseView view(Casework.Logged logged) {
        return view(logged.feedbackCase(), logged.service(), logged.reasons(), logged.tags(), List.of(), List.of(),
                List.of(), List.of(), null, Lifecycle.of(logged.feedbackCase(), logged.policy(), false).allowed(), null);
    }

    private CaseView view(FeedbackCase c, CouncilService service, List<String> reasons, List<String> tags,
            List<RemedyAction> remedies, List<Payment> payments, List<Attachment> files, List<NoteView> notes,
            String withdrawalReason, List<Step> allowed, String nextStep) {
        LocalDate today = casework.today();
        return new CaseView(c.reference(), c.type().key(), c.channel().key(), c.status().key(), c.receivedOn(),
                c.serviceId(), service.name(), service.directorateName(), c.procedureCode(), c.currentStage(),
                c.version(), c.assignedTo(),
                new ContactBody(c.customer().name(), c.customer().email(), c.customer().phone(), c.customer().address(), null),
                c.description(), c.desiredOutcome(), reasons, tags,
                c.stages().stream().map(s -> new StageView(s.number(), s.receivedOn(), s.escalationReason(),
                        s.acknowledgementDue(), s.acknowledgedOn(), s.responseDue(), s.originalResponseDue(),
                        s.suspendedWorkingDays(), s.extensionReason(), s.agreedResponseOn(), s.respondedOn(),
                        s.outcome() == null ? null : s.outcome().key(), s.responseSummary(), s.delayReason(),
                        s.handlerId(), s.isLate(today))).toList(),
                remedies,
                payments.stream().map(p -> new PaymentView(p.kind().key(), p.amount(), p.paidOn(),
                        p.directorateId(), p.source().key(), p.note())).toList(),
                files.stream().map(a -> new AttachmentView(a.id(), a.fileName(),
                        a.type().mediaType(), a.sizeBytes(), a.sha256(), a.addedBy(), a.addedAt(),
                        "/staff/cases/" + c.reference() + "/attachments/" + a.id())).toList(),
                notes, withdrawalReason, c.closedOn(), allowed.stream().map(Step::key).toList(), nextStep);
    }

    private static PageView page(WorkQueue.Page p) {
        return new PageView(p.rows(), p.total(), p.totalIsLowerBound(), p.page(), p.pages(), p.hasNext() ? p.next().toString() : null,
                p.hasPrevious() ? p.previous().toString() : null);
    }

    private static <T> T parse(Function<String, T> parse, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, e.getMessage());
        }
    }
}
