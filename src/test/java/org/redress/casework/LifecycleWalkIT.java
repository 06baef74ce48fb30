package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.StaffUser;
import org.redress.procedure.ProcedurePolicy;
import org.redress.procedure.Procedures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Walks every combination of status, type, procedure and stage, and for each checks that what the case page offers
 * is exactly what the write path accepts: each offered step succeeds from its form page and through the API, and
 * each step not offered is refused by both with 409 and the reason the page gives under "Why other actions are not
 * offered". Each case is built in its state directly and every attempt is rolled back, so each step meets the same
 * case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LifecycleWalkIT {

    private static final Pattern ACTION = Pattern.compile("href=\"/staff/cases/[A-Z0-9]+/([a-z-]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Casework casework;
    @Autowired CaseRepository cases;
    @Autowired CaseRecords records;
    @Autowired Procedures procedures;
    @Autowired PlatformTransactionManager transactions;

    @Autowired TestCouncil council;
    LocalDate today;
    String otherReference;

    @BeforeEach
    void council() {
        today = casework.today();
        otherReference = casework.log(council.feedbackTeam, aComplaint().receivedOn(today).by(Channel.PHONE)
                .about(council.highways.id()).describedAs("Another case to link to").build()).reference();
    }

    /** One case built in a state, with what the page and the API did with each step. */
    record Walked(String combination, Set<Step> offered, Map<Step, String> refused) {
    }

    @Test
    void whatTheCasePageOffersIsExactlyWhatThePagesAndTheApiAccept() {
        List<String> failures = new ArrayList<>();
        int combinations = 0;
        Set<Step> everOffered = EnumSet.noneOf(Step.class);
        Set<Step> everRefused = EnumSet.noneOf(Step.class);
        for (ProcedurePolicy policy : procedures.policies(council.authority.id())) {
            for (int stage = 1; stage <= policy.lastStage(); stage++) {
                for (FeedbackType type : FeedbackType.values()) {
                    for (CaseStatus status : CaseStatus.values()) {
                        combinations++;
                        int atStage = stage;
                        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                            walk(tx, policy, atStage, type, status, failures, everOffered, everRefused);
                            tx.setRollbackOnly();
                        });
                    }
                }
            }
        }
        assertThat(combinations).as("combinations walked").isGreaterThanOrEqualTo(6 * 7 * 9);
        assertThat(everOffered).as("steps offered somewhere").isEqualTo(EnumSet.allOf(Step.class));
        assertThat(everRefused).as("steps refused somewhere")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Step.NOTE, Step.LINK, Step.DETAILS)));
        assertThat(failures).as("disagreements between the case page and the write path").isEmpty();
    }

    private void walk(TransactionStatus tx, ProcedurePolicy policy, int stage, FeedbackType type, CaseStatus status,
            List<String> failures, Set<Step> everOffered, Set<Step> everRefused) {
        FeedbackCase c = caseIn(policy, stage, type, status);
        Long remedyId = type.hasOutcome()
                ? records.addRemedy(c.authorityId, c.id, c.currentStage, RemedyKind.STAFF_TRAINING_OR_GUIDANCE,
                        "Training for the crew", true, today.plusDays(20), null)
                : null;
        String combination = policy.code() + " stage " + stage + " " + type.key() + " " + status.key();
        String page = html(get("/staff/cases/" + c.reference));
        Set<Step> offered = offered(page);
        Lifecycle lifecycle = Lifecycle.of(c, policy, remedyId != null);
        for (Step step : Step.values()) {
            boolean isOffered = offered.contains(step);
            (isOffered ? everOffered : everRefused).add(step);
            if (!isOffered && step != Step.COMPLETE_REMEDY) {
                String reason = lifecycle.whyNot(step).orElse("(the lifecycle allows it)");
                if (!notNowSection(page).contains(HtmlUtils.htmlEscape(reason))) {
                    failures.add(combination + ": the page does not say why " + step.key() + " is not offered ("
                            + reason + ")");
                }
            }
            Object savepoint = tx.createSavepoint();
            MockHttpServletResponse byPage = perform(pagePost(c, step, remedyId));
            tx.rollbackToSavepoint(savepoint);
            savepoint = tx.createSavepoint();
            MockHttpServletResponse byApi = perform(apiCall(c, step, remedyId));
            tx.rollbackToSavepoint(savepoint);
            check(combination, step, isOffered, lifecycle, "page", byPage, 302, failures);
            check(combination, step, isOffered, lifecycle, "API", byApi, 200, failures);
        }
    }

    private void check(String combination, Step step, boolean offered, Lifecycle lifecycle, String route,
            MockHttpServletResponse response, int success, List<String> failures) {
        int status = response.getStatus();
        String body = body(response);
        if (offered && status != success) {
            failures.add(combination + ": " + step.key() + " is offered but the " + route + " answered " + status
                    + " " + cut(body));
        } else if (!offered) {
            String reason = lifecycle.whyNot(step).orElse("(the lifecycle allows it)");
            String expected = route.equals("page") ? HtmlUtils.htmlEscape(reason) : reason;
            if (status != 409 || !body.contains(expected)) {
                failures.add(combination + ": " + step.key() + " is not offered but the " + route + " answered "
                        + status + " without the reason '" + reason + "': " + cut(body));
            }
        }
    }

    /**
     * A case as it would be at the stage and status: earlier stages answered (by someone other than the officers
     * below, so the different-handler rule does not get in the way), the current stage received ten days ago and
     * due in ten, acknowledged, answered or closed as the status says.
     */
    private FeedbackCase caseIn(ProcedurePolicy policy, int stageNumber, FeedbackType type, CaseStatus status) {
        List<Stage> stages = new ArrayList<>();
        for (int n = 1; n <= stageNumber; n++) {
            boolean current = n == stageNumber;
            LocalDate received = current ? today.minusDays(10) : today.minusDays(100 - n * 20);
            Stage s = new Stage(null, n, received, received.plusDays(3), current ? today.plusDays(10) : received.plusDays(15),
                    current ? today.plusDays(10) : received.plusDays(15), 0, n == 1 ? null : "Still unhappy");
            if (!current || status != CaseStatus.RECEIVED) {
                s.acknowledgedOn = received.plusDays(1);
            }
            boolean answered = !current || status == CaseStatus.RESPONDED
                    || (status == CaseStatus.CLOSED && !type.acknowledgeAndClose());
            if (answered) {
                s.respondedOn = current ? today.minusDays(1) : received.plusDays(10);
                s.outcome = type.hasOutcome() ? Outcome.NOT_UPHELD : null;
                s.handlerId = council.secondHighwaysOfficer.staffId();
            }
            stages.add(s);
        }
        boolean ended = status == CaseStatus.CLOSED || status == CaseStatus.WITHDRAWN;
        FeedbackCase c = new FeedbackCase(null, council.authority.id(), cases.nextReference(), type, Channel.PHONE,
                status, stages.get(0).receivedOn, council.highways.directorateId(), council.highways.id(),
                policy.code(), stageNumber, "Case built for the lifecycle walk", null,
                new Contact("Ann Walker", null, null, null), new Contact(null, null, null, null), null, null,
                ended ? today.minusDays(1) : null, 0, stages);
        cases.insert(c);
        return c;
    }

    private Set<Step> offered(String page) {
        Set<Step> offered = new LinkedHashSet<>();
        int start = page.indexOf("id=\"case-actions\"");
        if (start < 0) {
            return offered;
        }
        Matcher m = ACTION.matcher(page.substring(start, page.indexOf("</ul>", start)));
        while (m.find()) {
            offered.add(Step.fromKey(m.group(1)));
        }
        return offered;
    }

    private static String notNowSection(String page) {
        int start = page.indexOf("id=\"not-now\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</details>", start));
    }

    private MockHttpServletRequestBuilder pagePost(FeedbackCase c, Step step, Long remedyId) {
        MockHttpServletRequestBuilder r = post("/staff/cases/" + c.reference + "/" + step.key())
                .with(user(actor())).with(csrf()).param("version", String.valueOf(c.version));
        LocalDate date = step == Step.AGREE_DATE ? c.current().receivedOn.plusDays(30)
                : step == Step.REMEDY ? today.plusDays(20) : today;
        r.param("date.day", String.valueOf(date.getDayOfMonth())).param("date.month", String.valueOf(date.getMonthValue()))
                .param("date.year", String.valueOf(date.getYear()));
        return switch (step) {
            case RESPOND -> r.param("outcome", "upheld").param("summary", "We are sorry: the verge will be cut.");
            case RESOLVE -> r.param("summary", "Put right on the phone.");
            case ESCALATE -> r.param("reason", "The customer is still unhappy.");
            case WITHDRAW -> r.param("reason", "Sorted out.");
            case EXTEND -> r.param("workingDays", "1").param("reason", "Waiting for the contractor's report.");
            case ASSIGN -> r.param("staffId", String.valueOf(council.highwaysOfficer.staffId())).param("reason", "Hand-over");
            case REMEDY -> r.param("remedyKind", "formal_apology").param("text", "Letter of apology");
            case COMPLETE_REMEDY -> r.param("remedyId", String.valueOf(remedyId == null ? 0 : remedyId));
            case PAYMENT -> r.param("paymentKind", "compensation").param("amount", "25.00")
                    .param("source", "local_resolution").param("text", "For the time lost");
            case NOTE -> r.param("text", "Rang the customer.");
            case LINK -> r.param("text", otherReference);
            case DETAILS -> r.param("text", "Walk");
            default -> r;
        };
    }

    private MockHttpServletRequestBuilder apiCall(FeedbackCase c, Step step, Long remedyId) {
        String base = "/api/v1/cases/" + c.reference;
        String v = "\"version\":" + c.version;
        String date = "\"date\":\"" + today + "\"";
        MockHttpServletRequestBuilder r = switch (step) {
            case ACKNOWLEDGE -> post(base + "/acknowledgement").content("{" + v + "," + date + "}");
            case INVESTIGATE -> post(base + "/investigation").content("{" + v + "}");
            case RESPOND -> post(base + "/response").content("{" + v + "," + date
                    + ",\"outcome\":\"upheld\",\"summary\":\"We are sorry: the verge will be cut.\"}");
            case RESOLVE -> post(base + "/resolution-upon-receipt").content("{" + v + "," + date
                    + ",\"summary\":\"Put right on the phone.\"}");
            case CLOSE -> post(base + "/closure").content("{" + v + "," + date + "}");
            case ESCALATE -> post(base + "/escalation").content("{" + v + "," + date
                    + ",\"reason\":\"The customer is still unhappy.\"}");
            case WITHDRAW -> post(base + "/withdrawal").content("{" + v + "," + date + ",\"reason\":\"Sorted out.\"}");
            case EXTEND -> post(base + "/extension").content("{" + v
                    + ",\"workingDays\":1,\"reason\":\"Waiting for the contractor's report.\"}");
            case AGREE_DATE -> post(base + "/agreed-response-date").content("{" + v + ",\"date\":\""
                    + c.current().receivedOn.plusDays(30) + "\"}");
            case ASSIGN -> post(base + "/assignment").content("{" + v + ",\"staffId\":"
                    + council.highwaysOfficer.staffId() + ",\"reason\":\"Hand-over\"}");
            case REMEDY -> post(base + "/remedies").content("{" + v
                    + ",\"remedyKind\":\"formal_apology\",\"description\":\"Letter of apology\"}");
            case COMPLETE_REMEDY -> post(base + "/remedies/" + (remedyId == null ? 0 : remedyId) + "/completion")
                    .content("{" + v + "," + date + "}");
            case PAYMENT -> post(base + "/payments").content("{" + v + "," + date
                    + ",\"paymentKind\":\"compensation\",\"amount\":25.00,\"source\":\"local_resolution\","
                    + "\"note\":\"For the time lost\"}");
            case NOTE -> post(base + "/notes").content("{" + v + ",\"note\":\"Rang the customer.\"}");
            case LINK -> post(base + "/links").content("{" + v + ",\"reference\":\"" + otherReference + "\"}");
            case DETAILS -> put(base + "/details").content("{" + v + ",\"reasons\":[],\"tags\":[\"Walk\"]}");
        };
        return r.with(user(actor())).with(csrf()).contentType(MediaType.APPLICATION_JSON);
    }

    /** The feedback team acts: it may take every step on every case of the council. */
    private StaffUser actor() {
        return council.feedbackTeam;
    }

    private String html(MockHttpServletRequestBuilder request) {
        MockHttpServletResponse response = perform(request.with(user(actor())));
        assertThat(response.getStatus()).as("the case page").isEqualTo(200);
        return body(response);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String cut(String body) {
        String flat = body.replaceAll("\\s+", " ");
        int error = flat.indexOf("govuk-error-summary__list");
        String from = error >= 0 ? flat.substring(error) : flat;
        return from.length() > 300 ? from.substring(0, 300) + "..." : from;
    }
}
