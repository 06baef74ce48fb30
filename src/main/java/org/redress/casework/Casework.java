package org.redress.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.organisation.StaffUser;
import org.redress.platform.EditConflict;
import org.redress.platform.FieldProblem;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.redress.platform.Refused;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.redress.procedure.StageClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything staff do to a case, page and API alike, and the few steps the public take themselves (sending feedback
 * online, asking for the next stage). Each step loads the case within the caller's council and
 * scope (a case outside it does not exist for them), checks the version they saw, lets {@link FeedbackCase} apply
 * the rules, and saves the case with its events in one transaction.
 */
@Component
public class Casework {

    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_TEXT = 5_000;

    /** The kinds of feedback the public can send through the online form. */
    private static final Set<FeedbackType> PUBLIC_TYPES = EnumSet.of(FeedbackType.COMPLAINT, FeedbackType.COMMENT,
            FeedbackType.COMPLIMENT);

    /** Who the event log names for what the public did themselves. */
    private static final CaseEvents.Actor PUBLIC = new CaseEvents.Actor(null, "Member of the public");

    private final CaseRepository cases;
    private final CaseRecords records;
    private final CaseEvents events;
    private final Taxonomy taxonomy;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final Procedures procedures;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Casework(CaseRepository cases, CaseRecords records, CaseEvents events, Taxonomy taxonomy,
            CouncilStructure structure, StaffAccounts staff, Procedures procedures, Clock clock,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.cases = cases;
        this.records = records;
        this.events = events;
        this.taxonomy = taxonomy;
        this.structure = structure;
        this.staff = staff;
        this.procedures = procedures;
        this.clock = clock;
    }

    // ---- logging -----------------------------------------------------------------------------------------------

    @Transactional
    public FeedbackCase log(StaffUser user, NewCase request) {
        requireHandler(user);
        return logCase(user.authorityId(), user.caseScope(), request, actor(user)).feedbackCase();
    }

    /** A case just logged and what was written beside it: enough to show the case without reading it back. */
    public record Logged(FeedbackCase feedbackCase, CouncilService service, ProcedurePolicy policy,
            List<String> reasons, List<String> tags) {
    }

    /**
     * Logs a case as {@link #log} does, and answers with its reasons and tags as reading the case would: reasons
     * in the database's order and tags under the label of a tag that already existed, so those are read back when
     * there are two reasons or more, or any tags.
     */
    @Transactional
    public Logged logAndShow(StaffUser user, NewCase request) {
        requireHandler(user);
        Logged logged = logCase(user.authorityId(), user.caseScope(), request, actor(user));
        long id = logged.feedbackCase().id;
        return new Logged(logged.feedbackCase(), logged.service(), logged.policy(),
                logged.reasons().size() > 1 ? records.reasons(id) : logged.reasons(),
                logged.tags().isEmpty() ? List.of() : records.tags(id));
    }

    /**
     * Logs feedback a member of the public sent through the online form: no member of staff is involved, so the
     * case comes in on the online channel under its service's procedure, unassigned, with the same checks as a
     * case staff log. Only complaints, comments and compliments come this way.
     */
    @Transactional
    public FeedbackCase logFromPublic(long authorityId, NewCase request) {
        if (request.type() != null && !PUBLIC_TYPES.contains(request.type())) {
            throw new InvalidInput("type", "Select complaint, comment or compliment");
        }
        NewCase online = new NewCase(request.type(), Channel.ONLINE, request.receivedOn(), request.serviceId(), null,
                request.description(), request.desiredOutcome(), request.customer(), request.representative(),
                request.representativeRelationship(), request.reasons(), request.tags(), null);
        return logCase(authorityId, Scope.WHOLE_COUNCIL, online, PUBLIC).feedbackCase();
    }

    private Logged logCase(long authorityId, Scope scope, NewCase request, CaseEvents.Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.type() == null) {
            problems.add(new FieldProblem("type", "Select the type of feedback"));
        }
        if (request.channel() == null) {
            problems.add(new FieldProblem("channel", "Select how it was received"));
        }
        checkDate(problems, "receivedOn", request.receivedOn(), "the date it was received");
        CouncilService service = null;
        if (request.serviceId() == null) {
            problems.add(new FieldProblem("serviceId", "Select the service it is about"));
        } else {
            service = structure.findService(authorityId, request.serviceId())
                    .filter(s -> scope.covers(s.directorateId(), s.id()))
                    .orElse(null);
            if (service == null) {
                problems.add(new FieldProblem("serviceId", "Select a service from the list"));
            } else if (!service.active()) {
                problems.add(new FieldProblem("serviceId", service.name() + " is no longer in use; choose another service"));
            }
        }
        checkText(problems, "description", request.description(), MAX_DESCRIPTION, true, "Enter what the feedback says");
        checkText(problems, "desiredOutcome", request.desiredOutcome(), MAX_TEXT, false, null);
        checkContact(problems, "customer", request.customer());
        checkContact(problems, "representative", request.representative());
        List<String> reasons = request.reasons().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Map<String, String> offered = taxonomy.offeredReasons(authorityId);
        for (String key : reasons) {
            if (!offered.containsKey(key)) {
                problems.add(new FieldProblem("reasons", "'" + key + "' is not one of the council's complaint reasons"));
            }
        }
        checkTags(problems, request.tags());
        ProcedurePolicy policy = null;
        if (service != null) {
            String code = blank(request.procedureCode()) ? procedures.procedureFor(authorityId, service.id())
                    : request.procedureCode().strip();
            // Read once: the same policy gives the first stage's due dates below.
            policy = procedures.policies(authorityId).stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElse(null);
            if (policy == null) {
                problems.add(new FieldProblem("procedureCode", "'" + code + "' is not one of the council's procedures"));
            }
        }
        StaffMember assignee = null;
        if (request.assignTo() != null && service != null) {
            assignee = assignable(authorityId, service, request.assignTo());
            if (assignee == null) {
                problems.add(new FieldProblem("assignTo", "Choose someone who handles cases for " + service.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StageClock stageClock = procedures.clock(authorityId, policy).start(1, request.receivedOn());
        FeedbackCase c = FeedbackCase.log(authorityId, cases.nextReference(), request.type(), request.channel(),
                request.receivedOn(), service.directorateId(), service.id(), policy.code(),
                request.description().strip(), trim(request.desiredOutcome()), clean(request.customer()),
                clean(request.representative()), trim(request.representativeRelationship()), stageClock);
        cases.insert(c);
        records.addReasons(c, reasons);
        records.addTags(authorityId, c.id, request.tags());
        if (assignee != null) {
            c.assign(assignee.id(), assignee.displayName(), null, policy);
            cases.update(c);
        }
        events.append(authorityId, c.id, actor, c.drainEvents());
        return new Logged(c, service, policy, reasons, request.tags());
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The case, if it exists in the caller's council and scope. */
    public FeedbackCase get(StaffUser user, String reference) {
        return cases.findByReference(user.authorityId(), reference)
                .filter(c -> user.caseScope().covers(c.directorateId, c.serviceId))
                .orElseThrow(() -> new NotFound("Case " + reference));
    }

    public CaseFile file(StaffUser user, String reference) {
        FeedbackCase c = get(user, reference);
        return new CaseFile(c, records.reasons(c.id), records.tags(c.id), records.linkedReferences(c.id),
                records.remedies(c.id), records.payments(c.id), events.timeline(c.id),
                procedures.policy(user.authorityId(), c.procedureCode));
    }

    /**
     * A case by its id, with no staff scope: for modules that face the public and have checked, by a signed link
     * or the customer's own details, that the person asking may see it.
     */
    public Optional<FeedbackCase> findCase(long authorityId, long caseId) {
        return cases.findById(authorityId, caseId);
    }

    /** A case by its reference, with no staff scope; see {@link #findCase(long, long)}. */
    public Optional<FeedbackCase> findCase(long authorityId, String reference) {
        return reference == null || reference.isBlank() ? Optional.empty()
                : cases.findByReference(authorityId, reference);
    }

    /**
     * The letters produced for posting on a case, newest first, with no staff scope: for the correspondence shown to
     * the customer on their tracking page (see {@link #findCase(long, long)}).
     */
    public List<CaseEvent> lettersProduced(long authorityId, long caseId) {
        return cases.findById(authorityId, caseId).map(c -> events.timeline(c.id).stream()
                .filter(e -> e.action() == CaseAction.LETTER_PRODUCED).toList()).orElse(List.of());
    }

    /** Open cases assigned to someone whose current stage is due on or before {@code dueBy}, soonest first. */
    public List<AssignedCaseDue> assignedCasesDueBy(long authorityId, LocalDate dueBy) {
        return cases.assignedOpenDueBy(authorityId, dueBy);
    }

    // ---- the steps -----------------------------------------------------------------------------------------------

    @Transactional
    public FeedbackCase acknowledge(StaffUser user, String reference, Integer version, LocalDate on) {
        FeedbackCase c = change(user, reference, version, Step.ACKNOWLEDGE, (x, policy) -> {
            LocalDate date = requireDate("date", on, x);
            LocalDate responseDue = procedures.responseDueOnAcknowledgement(x.authorityId, x.procedureCode,
                    x.currentStage, x.current().receivedOn(), date);
            x.acknowledge(date, responseDue, policy);
        });
        publisher.publishEvent(new CaseAcknowledged(c.authorityId, c.id, c.reference, c.type, c.channel,
                c.currentStage, c.current().responseDue(), c.customer, c.representative));
        return c;
    }

    /**
     * Puts a letter produced for posting on the case's record: what it says, whole, and who produced it, so the case
     * holds every letter as it was sent.
     */
    @Transactional
    public void recordLetter(StaffUser user, String reference, String summary, String text) {
        requireHandler(user);
        FeedbackCase c = get(user, reference);
        c.record(CaseAction.LETTER_PRODUCED, null, summary, Map.of(), text);
        events.append(c.authorityId, c.id, actor(user), c.drainEvents());
    }

    /**
     * Puts work on a response written in Redress on the case's record (drafted, saved, sent for sign-off, returned
     * with comments): the summary says what happened, the words hold the draft or the comments, whole.
     */
    @Transactional
    public void recordResponseDraft(StaffUser user, String reference, String summary, String words) {
        requireHandler(user);
        FeedbackCase c = get(user, reference);
        c.record(CaseAction.RESPONSE_DRAFTED, null, summary, Map.of(), words);
        events.append(c.authorityId, c.id, actor(user), c.drainEvents());
    }

    @Transactional
    public FeedbackCase startInvestigation(StaffUser user, String reference, Integer version) {
        return change(user, reference, version, Step.INVESTIGATE, FeedbackCase::startInvestigation);
    }

    @Transactional
    public FeedbackCase respond(StaffUser user, String reference, Integer version, LocalDate on, Outcome outcome,
            String summary, String delayReason) {
        return respond(user, reference, version, on, outcome, summary, delayReason, false);
    }

    /**
     * The stage's response; {@code written} when it was written in Redress and goes to the customer with this step
     * (its text goes on the timeline as the email or letter sent), false when it was sent outside Redress.
     */
    @Transactional
    public FeedbackCase respond(StaffUser user, String reference, Integer version, LocalDate on, Outcome outcome,
            String summary, String delayReason, boolean written) {
        FeedbackCase responded = change(user, reference, version, Step.RESPOND, (c, policy) -> {
            LocalDate date = requireDate("date", on, c);
            List<FieldProblem> problems = new ArrayList<>();
            if (c.type.hasOutcome() && outcome == null) {
                problems.add(new FieldProblem("outcome", "Select the outcome of the complaint"));
            }
            if (outcome == Outcome.RESOLVED_UPON_RECEIPT) {
                problems.add(new FieldProblem("outcome", "Use 'resolve upon receipt' for a complaint put right at once"));
            }
            if (c.status.isOpen() && Lifecycle.late(date, c.current().responseDue())) {
                if (blank(delayReason)) {
                    problems.add(new FieldProblem("delayReason", "This response is late (it was due "
                            + c.current().responseDue() + "): select the reason for the delay"));
                } else if (!taxonomy.isDelayReason(c.authorityId, delayReason.strip())) {
                    problems.add(new FieldProblem("delayReason", "'" + delayReason + "' is not one of the council's delay reasons"));
                }
            }
            checkText(problems, "summary", summary, MAX_DESCRIPTION, false, null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            c.respond(date, outcome, trim(summary), blank(delayReason) ? null : delayReason.strip(), user.staffId(),
                    user.displayName(), policy);
        });
        Stage stage = responded.current();
        publisher.publishEvent(new CaseResponded(responded.authorityId, responded.id, responded.reference,
                responded.type, stage.number, stage.respondedOn, stage.outcome, responded.customer,
                responded.representative, written));
        return responded;
    }

    @Transactional
    public FeedbackCase resolveUponReceipt(StaffUser user, String reference, Integer version, LocalDate on,
            String summary) {
        return change(user, reference, version, Step.RESOLVE, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            checkText(problems, "summary", summary, MAX_DESCRIPTION, false, null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            c.resolveUponReceipt(requireDate("date", on, c), trim(summary), user.staffId(), policy);
        });
    }

    @Transactional
    public FeedbackCase close(StaffUser user, String reference, Integer version, LocalDate on) {
        return change(user, reference, version, Step.CLOSE, (c, policy) -> c.close(requireDate("date", on, c), policy));
    }

    @Transactional
    public FeedbackCase escalate(StaffUser user, String reference, Integer version, LocalDate requestedOn,
            String reason) {
        return escalated(change(user, reference, version, Step.ESCALATE,
                (c, policy) -> escalateStep(c, policy, requestedOn, reason)));
    }

    /**
     * The customer asks for the next stage themselves (from the tracking page): the same rules as when staff record
     * the request, with the public as the actor in the event log.
     */
    @Transactional
    public FeedbackCase escalateByCustomer(long authorityId, String reference, LocalDate on, String reason) {
        FeedbackCase c = findCase(authorityId, reference).orElseThrow(() -> new NotFound("Case " + reference));
        return escalated(apply(c, null, PUBLIC, Step.ESCALATE, (x, policy) -> escalateStep(x, policy, on, reason)));
    }

    private void escalateStep(FeedbackCase c, ProcedurePolicy policy, LocalDate requestedOn, String reason) {
        LocalDate date = requireDate("date", requestedOn, c);
        List<FieldProblem> problems = new ArrayList<>();
        checkText(problems, "reason", reason, MAX_TEXT, true, "Enter why the customer wants the next stage");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StageClock next = procedures.startStage(c.authorityId, c.procedureCode, c.currentStage + 1, date);
        c.escalate(date, reason.strip(), policy, next);
    }

    private FeedbackCase escalated(FeedbackCase c) {
        Stage stage = c.current();
        publisher.publishEvent(new CaseEscalated(c.authorityId, c.id, c.reference, c.type, stage.number,
                stage.receivedOn, stage.responseDue, c.customer, c.representative));
        return c;
    }

    @Transactional
    public FeedbackCase withdraw(StaffUser user, String reference, Integer version, LocalDate on, String reason) {
        return change(user, reference, version, Step.WITHDRAW, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            checkText(problems, "reason", reason, MAX_TEXT, false, null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            c.withdraw(requireDate("date", on, c), trim(reason), policy);
        });
    }

    @Transactional
    public FeedbackCase extend(StaffUser user, String reference, Integer version, Integer workingDays, String reason) {
        return change(user, reference, version, Step.EXTEND, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (workingDays == null || workingDays < 1) {
                problems.add(new FieldProblem("workingDays", "Enter the number of working days to extend by, 1 or more"));
            }
            checkText(problems, "reason", reason, MAX_TEXT, true, "Enter the reason for the extension, as told to the customer");
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            LocalDate newDue = procedures.extend(c.authorityId, c.procedureCode, c.currentStage,
                    c.current().originalResponseDue(), c.current().responseDue(), workingDays);
            c.extend(newDue, workingDays, reason.strip(), policy);
        });
    }

    @Transactional
    public FeedbackCase agreeResponseDate(StaffUser user, String reference, Integer version, LocalDate agreed,
            boolean complainantAgreedLonger) {
        return change(user, reference, version, Step.AGREE_DATE, (c, policy) -> {
            if (agreed == null) {
                throw new InvalidInput("date", "Enter the response date agreed with the customer");
            }
            LocalDate date = procedures.agreeResponseDate(c.authorityId, c.procedureCode, c.currentStage,
                    c.current().receivedOn(), agreed, complainantAgreedLonger);
            c.agreeResponseDate(date, policy);
        });
    }

    @Transactional
    public FeedbackCase assign(StaffUser user, String reference, Integer version, Long staffId) {
        return assign(user, reference, version, staffId, null);
    }

    /** Gives the case to a handler, saying why when there is a reason worth keeping (a hand-over, an absence). */
    @Transactional
    public FeedbackCase assign(StaffUser user, String reference, Integer version, Long staffId, String reason) {
        return change(user, reference, version, Step.ASSIGN, (c, policy) -> {
            CouncilService service = structure.service(c.authorityId, c.serviceId);
            StaffMember assignee = staffId == null ? null : assignable(c.authorityId, service, staffId);
            List<FieldProblem> problems = new ArrayList<>();
            if (assignee == null) {
                problems.add(new FieldProblem("staffId", "Choose someone who handles cases for " + service.name()));
            }
            checkText(problems, "reason", reason, MAX_TEXT, false, null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            c.assign(assignee.id(), assignee.displayName(), trim(reason), policy);
        });
    }

    @Transactional
    public FeedbackCase changeDetails(StaffUser user, String reference, Integer version, List<String> reasons,
            List<String> tags) {
        return change(user, reference, version, Step.DETAILS, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            List<String> keys = reasons == null ? List.of() : reasons.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            List<String> before = records.reasons(c.id);
            Map<String, String> known = taxonomy.reasonNames(c.authorityId);
            Map<String, String> offered = taxonomy.offeredReasons(c.authorityId);
            for (String key : keys) {
                // A retired reason already on the case may stay; it may not be newly chosen.
                if (!offered.containsKey(key) && !(before.contains(key) && known.containsKey(key))) {
                    problems.add(new FieldProblem("reasons", "'" + key + "' is not one of the council's complaint reasons"));
                }
            }
            List<String> tagList = tags == null ? List.of() : tags;
            checkTags(problems, tagList);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            List<String> tagsBefore = records.tags(c.id);
            records.setReasons(c, keys);
            records.setTags(c.authorityId, c.id, tagList);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reasons", Map.of("before", before, "after", keys));
            details.put("tags", Map.of("before", tagsBefore, "after", records.tags(c.id)));
            c.record(CaseAction.DETAILS_CHANGED, null, "Reasons and tags changed", details);
        });
    }

    @Transactional
    public FeedbackCase addRemedy(StaffUser user, String reference, Integer version, RemedyKind kind,
            String description, boolean followUp, LocalDate dueOn) {
        return change(user, reference, version, Step.REMEDY, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (kind == null) {
                problems.add(new FieldProblem("remedyKind", "Select the remedy action"));
            }
            checkText(problems, "text", description, MAX_TEXT, false, null);
            if (followUp && dueOn == null) {
                problems.add(new FieldProblem("date", "Enter when the follow-up action is due"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            long id = records.addRemedy(c.authorityId, c.id, c.currentStage, kind, trim(description), followUp,
                    followUp ? dueOn : null, followUp ? null : today());
            c.record(CaseAction.REMEDY_ADDED, null, kind.label() + (followUp ? " (follow-up due " + FeedbackCase.plain(dueOn) + ")" : ""),
                    Map.of("remedyId", id, "kind", kind.key()), trim(description));
        });
    }

    @Transactional
    public FeedbackCase completeRemedy(StaffUser user, String reference, Integer version, long remedyId, LocalDate on) {
        return change(user, reference, version, Step.COMPLETE_REMEDY, (c, policy) -> {
            LocalDate date = requireDate("date", on, c);
            if (records.completeRemedy(c.id, remedyId, date) == 0) {
                throw new Refused("That remedy action is not an outstanding action on case " + c.reference + ".");
            }
            c.record(CaseAction.REMEDY_COMPLETED, null, "Follow-up action completed on " + FeedbackCase.plain(date),
                    Map.of("remedyId", remedyId, "completedOn", date));
        });
    }

    @Transactional
    public FeedbackCase recordPayment(StaffUser user, String reference, Integer version, PaymentKind kind,
            BigDecimal amount, LocalDate paidOn, PaymentSource source, Long directorateId, String note) {
        return change(user, reference, version, Step.PAYMENT, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (kind == null) {
                problems.add(new FieldProblem("paymentKind", "Select the kind of payment"));
            }
            if (amount == null) {
                problems.add(new FieldProblem("amount", "Enter the amount in pounds and pence, like 150.00"));
            } else if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
                problems.add(new FieldProblem("amount", "Enter an amount more than £0, in pounds and pence, like 150.00"));
            }
            if (source == null) {
                problems.add(new FieldProblem("source", "Select whether this was local resolution or an Ombudsman decision"));
            }
            long directorate = directorateId == null ? c.directorateId : directorateId;
            if (structure.directorates(c.authorityId).stream().noneMatch(d -> d.id() == directorate)) {
                problems.add(new FieldProblem("directorateId", "Select a directorate from the list"));
            }
            checkText(problems, "text", note, 2000, false, null);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            LocalDate date = requireDate("date", paidOn, c);
            long id = records.addPayment(c.authorityId, c.id, kind, amount, date, directorate, source, trim(note));
            c.record(CaseAction.PAYMENT_RECORDED, null, kind.label() + " of £" + amount.toPlainString() + " paid on " + FeedbackCase.plain(date)
                    + " (" + source.label().toLowerCase() + ")", Map.of("paymentId", id, "amount", amount.toPlainString()),
                    trim(note));
        });
    }

    @Transactional
    public FeedbackCase addNote(StaffUser user, String reference, Integer version, String text) {
        return change(user, reference, version, Step.NOTE, (c, policy) -> {
            List<FieldProblem> problems = new ArrayList<>();
            checkText(problems, "text", text, MAX_TEXT, true, "Enter the note");
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            c.record(CaseAction.NOTE_ADDED, null, text.strip(), Map.of("note", text.strip()), text.strip());
        });
    }

    @Transactional
    public FeedbackCase link(StaffUser user, String reference, Integer version, String otherReference) {
        return change(user, reference, version, Step.LINK, (c, policy) -> {
            if (blank(otherReference)) {
                throw new InvalidInput("text", "Enter the reference of the related case");
            }
            FeedbackCase other = cases.findByReference(c.authorityId, otherReference)
                    .filter(o -> user.caseScope().covers(o.directorateId, o.serviceId))
                    .orElseThrow(() -> new InvalidInput("text", "There is no case " + otherReference.strip()));
            if (other.id.equals(c.id)) {
                throw new InvalidInput("text", "A case cannot be linked to itself");
            }
            records.link(c.authorityId, c.id, other.id);
            c.record(CaseAction.LINKED, null, "Linked to " + other.reference, Map.of("linked", other.reference));
        });
    }

    /**
     * An email that joined the case's correspondence (a reply, or one naming the case) goes on its timeline, its
     * text kept whole as the event's words. The summary names no one, so it can stay when personal data goes.
     */
    @Transactional
    public void recordCorrespondence(long authorityId, long caseId, String summary, String text) {
        FeedbackCase c = cases.findById(authorityId, caseId).orElseThrow(() -> new NotFound("Case " + caseId));
        events.append(authorityId, c.id, new CaseEvents.Actor(null, "Email"), List.of(new FeedbackCase.PendingEvent(
                CaseAction.CORRESPONDENCE_RECEIVED, null, null, c.currentStage, summary, Map.of(), text)));
    }

    /**
     * An email Redress sent about the case (an acknowledgement, a response, a message) goes on its timeline, its text
     * kept whole as the event's words. The summary names no one, so it can stay when personal data goes.
     */
    @Transactional
    public void recordEmailSent(long authorityId, long caseId, String summary, String text) {
        FeedbackCase c = cases.findById(authorityId, caseId).orElseThrow(() -> new NotFound("Case " + caseId));
        events.append(authorityId, c.id, new CaseEvents.Actor(null, "Email"), List.of(new FeedbackCase.PendingEvent(
                CaseAction.EMAIL_SENT, null, null, c.currentStage, summary, Map.of(), text)));
    }

    /** Whether the member of staff may change cases at all (report viewers may not). */
    public static void requireCaseHandler(StaffUser user) {
        requireHandler(user);
    }

    // ---- machinery ---------------------------------------------------------------------------------------------

    private FeedbackCase change(StaffUser user, String reference, Integer version, Step step,
            BiConsumer<FeedbackCase, ProcedurePolicy> change) {
        requireHandler(user);
        return apply(get(user, reference), version, actor(user), step, change);
    }

    /**
     * Applies one step: the version the caller saw, then the {@link Lifecycle} (so a step the case may not take is
     * refused with its reason before anything the caller sent is looked at), then the step itself; the case and its
     * events are saved together.
     */
    private FeedbackCase apply(FeedbackCase c, Integer version, CaseEvents.Actor actor, Step step,
            BiConsumer<FeedbackCase, ProcedurePolicy> change) {
        if (version != null && version != c.version) {
            throw new EditConflict("Case " + c.reference);
        }
        ProcedurePolicy policy = procedures.policy(c.authorityId, c.procedureCode);
        c.require(step, policy, step == Step.COMPLETE_REMEDY && records.hasOutstandingRemedy(c.id));
        change.accept(c, policy);
        cases.update(c);
        events.append(c.authorityId, c.id, actor, c.drainEvents());
        return c;
    }

    /** The rules for the case as it stands: what it may do now and why not the rest. */
    public Lifecycle lifecycle(CaseFile file) {
        FeedbackCase c = file.feedbackCase();
        return Lifecycle.of(c, file.procedure(), file.remedies().stream().anyMatch(r -> r.followUp() && r.outstanding()));
    }

    private StaffMember assignable(long authorityId, CouncilService service, long staffId) {
        return staff.handlersFor(authorityId, service.directorateId(), service.id()).stream()
                .filter(s -> s.id() == staffId).findFirst().orElse(null);
    }

    private static void requireHandler(StaffUser user) {
        if (!user.handlesCases()) {
            throw new org.springframework.security.access.AccessDeniedException("Report viewers cannot change cases");
        }
    }

    private LocalDate requireDate(String field, LocalDate date, FeedbackCase c) {
        if (date == null) {
            throw new InvalidInput(field, "Enter the date");
        }
        if (date.isAfter(today())) {
            throw new InvalidInput(field, "The date must be today or in the past");
        }
        return date;
    }

    private void checkDate(List<FieldProblem> problems, String field, LocalDate date, String what) {
        if (date == null) {
            problems.add(new FieldProblem(field, "Enter " + what));
        } else if (date.isAfter(today())) {
            problems.add(new FieldProblem(field, "The date it was received must be today or in the past"));
        } else if (date.getYear() < 1990) {
            problems.add(new FieldProblem(field, "The date it was received must be after 1990"));
        }
    }

    private static void checkText(List<FieldProblem> problems, String field, String value, int max, boolean required,
            String requiredMessage) {
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, requiredMessage));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "Must be " + String.format("%,d", max) + " characters or fewer"));
        }
    }

    private static void checkContact(List<FieldProblem> problems, String prefix, Contact contact) {
        if (contact.name() != null && contact.name().length() > 200) {
            problems.add(new FieldProblem(prefix + ".name", "Name must be 200 characters or fewer"));
        }
        if (!blank(contact.email()) && (contact.email().length() > 320
                || !contact.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem(prefix + ".email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (!blank(contact.phone()) && (contact.phone().length() > 50 || !contact.phone().matches("[0-9+()\\s-]{6,50}"))) {
            problems.add(new FieldProblem(prefix + ".phone", "Enter a telephone number, like 01632 960 001"));
        }
        if (contact.address() != null && contact.address().length() > 1000) {
            problems.add(new FieldProblem(prefix + ".address", "Address must be 1,000 characters or fewer"));
        }
    }

    private static void checkTags(List<FieldProblem> problems, List<String> tags) {
        for (String tag : tags) {
            if (tag != null && tag.strip().length() > 100) {
                problems.add(new FieldProblem("tags", "Each tag must be 100 characters or fewer"));
            }
        }
    }

    private static Contact clean(Contact c) {
        return new Contact(trim(c.name()), trim(c.email()), trim(c.phone()), trim(c.address()));
    }

    private static CaseEvents.Actor actor(StaffUser user) {
        return new CaseEvents.Actor(user.staffId(), user.displayName());
    }

    /** Today in the council's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
