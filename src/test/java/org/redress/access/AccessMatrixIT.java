package org.redress.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.ApiTokens;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every role against every page and endpoint. {@code access-matrix.txt} has one row per (method, pattern) the
 * application maps, plus the routes no controller declares (static files, sign-in, sign-out, health), and for
 * each kind of caller the expected answer:
 * A allowed (the handler answered, even if with 400 or 409), D denied (403), N not found (hidden, or no such
 * record), S sign in first (401, or a redirect to the sign-in page). A mapping without a row fails the test, so
 * a new endpoint cannot be added without deciding who may use it. Any 5xx fails it too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixIT {

    static final List<String> CALLERS = List.of("anonymous", "administrator", "feedback-team", "officer-in-scope",
            "officer-out-of-scope", "report-viewer", "api-token", "service-operator", "viewer-in-scope",
            "viewer-out-of-scope");
    /** Set -Daccess.matrix.record=true to write what the application answers now to target/, to review and copy. */
    static final boolean RECORD = Boolean.getBoolean("access.matrix.record");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired StaffAccounts staff;
    @Autowired ObjectProvider<TestCouncil> councils;
    @Autowired Casework casework;
    @Autowired ApiTokens tokens;

    record Row(String method, String pattern, List<String> expected) {
        String key() { return method + " " + pattern; }
    }

    /** One council per caller, so what one caller's requests change cannot alter another's answers. */
    record Caller(String name, TestCouncil council, FeedbackCase inScope, Function<MockHttpServletRequestBuilder,
            MockHttpServletRequestBuilder> as) {
    }

    @Test
    void everyCallerGetsTheExpectedAnswerFromEveryPageAndEndpoint() throws Exception {
        Map<String, Row> table = readTable();
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    mapped.add(method + " " + pattern);
                }
            }
        }
        List<String> missing = mapped.stream().filter(key -> !table.containsKey(key)).toList();
        List<String> gone = table.values().stream().filter(row -> !row.pattern().startsWith("static:"))
                .map(Row::key).filter(key -> !mapped.contains(key)).toList();

        List<Caller> callers = new ArrayList<>();
        for (String name : CALLERS) {
            callers.add(caller(name));
        }
        List<String> wrong = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        StringBuilder recorded = new StringBuilder();
        int cells = 0;
        List<String> keys = new ArrayList<>(mapped);
        table.keySet().stream().filter(k -> !mapped.contains(k) && k.contains("static:")).forEach(keys::add);
        for (String key : keys) {
            String method = key.substring(0, key.indexOf(' '));
            String pattern = key.substring(key.indexOf(' ') + 1);
            StringBuilder line = new StringBuilder(String.format("%-6s %-75s", method, pattern));
            for (int i = 0; i < callers.size(); i++) {
                Caller caller = callers.get(i);
                MvcResult result = send(caller, method, pattern);
                int status = result.getResponse().getStatus();
                String answer = classify(result);
                cells++;
                if (status >= 500) {
                    serverErrors.add(key + " as " + caller.name() + ": " + status);
                }
                Row row = table.get(key);
                if (row != null && !row.expected().get(i).equals(answer)) {
                    wrong.add(key + " as " + caller.name() + ": expected " + row.expected().get(i) + ", got " + answer
                            + " (" + status + ")");
                }
                line.append(' ').append(answer);
            }
            recorded.append(line.toString().stripTrailing()).append('\n');
        }
        System.out.printf("Access matrix: %d routes x %d callers = %d cells checked; %d wrong, %d answers 5xx%n",
                keys.size(), callers.size(), cells, wrong.size(), serverErrors.size());
        if (RECORD) {
            Files.writeString(Path.of("target/access-matrix-observed.txt"), recorded);
        }
        assertThat(missing).as("mappings with no row in access-matrix.txt (decide who may use them)").isEmpty();
        assertThat(gone).as("rows in access-matrix.txt whose mapping no longer exists").isEmpty();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(wrong).as("cells that differ from access-matrix.txt").isEmpty();
    }

    private Caller caller(String name) {
        TestCouncil council = councils.getObject();
        FeedbackCase inScope = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01")
                .by(Channel.LETTER).about(council.highways.id()).describedAs("Pothole on the high street").build());
        StaffUser administrator = administrator(council, "admin", EnumSet.of(Role.ADMINISTRATOR));
        Function<MockHttpServletRequestBuilder, MockHttpServletRequestBuilder> as = switch (name) {
            case "anonymous" -> request -> request;
            case "administrator" -> request -> request.with(user(administrator));
            case "feedback-team" -> request -> request.with(user(council.feedbackTeam));
            case "officer-in-scope" -> request -> request.with(user(council.highwaysOfficer));
            case "officer-out-of-scope" -> request -> request.with(user(council.careOfficer));
            case "report-viewer" -> request -> request.with(user(council.viewer));
            case "service-operator" -> {
                StaffUser operator = administrator(council, "operator", EnumSet.of(Role.SERVICE_OPERATOR, Role.ADMINISTRATOR));
                yield request -> request.with(user(operator));
            }
            // report viewers scoped to one directorate: the sample case's, and the other one
            case "viewer-in-scope" -> {
                StaffUser viewer = member(council, "dirviewer", EnumSet.of(Role.REPORT_VIEWER),
                        Scope.directorate(council.highwaysDirectorate.id()));
                yield request -> request.with(user(viewer));
            }
            case "viewer-out-of-scope" -> {
                StaffUser viewer = member(council, "otherviewer", EnumSet.of(Role.REPORT_VIEWER),
                        Scope.directorate(council.careDirectorate.id()));
                yield request -> request.with(user(viewer));
            }
            case "api-token" -> {
                String token = tokens.create(council.feedbackTeam, "Access matrix", Duration.ofDays(1));
                yield request -> request.header("Authorization", "Bearer " + token);
            }
            default -> throw new IllegalArgumentException(name);
        };
        return new Caller(name, council, inScope, as);
    }

    private StaffUser administrator(TestCouncil council, String name, Set<Role> roles) {
        return member(council, name, roles, Scope.WHOLE_COUNCIL);
    }

    private StaffUser member(TestCouncil council, String name, Set<Role> roles, Scope scope) {
        String username = council.prefix + "." + name;
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Member " + name, null,
                roles, scope), TestCouncil.PASSWORD);
        return (StaffUser) staff.loadUserByUsername(username);
    }

    /**
     * What the matrix's status codes cannot show: a report viewer scoped to one directorate, on every route that
     * lists, counts or exports more than one case, sees the case in their directorate and nothing of the one
     * outside it; what covers the whole council (conduct complaints, which belong to no directorate, the annual
     * report in every format, the Ombudsman figures and letter preview) is refused them, while a report viewer for
     * the whole council is served, so each refusal is about scope and nothing else.
     */
    @Test
    void aViewerScopedToOneDirectorateSeesThatDirectorateOnlyOnEveryReportAndExport() throws Exception {
        TestCouncil council = councils.getObject();
        FeedbackCase in = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01")
                .by(Channel.LETTER).about(council.highways.id()).describedAs("Pothole on the high street").build());
        FeedbackCase out = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-02")
                .by(Channel.LETTER).about(council.adultCare.id()).describedAs("Carer arrived late").build());
        StaffUser scoped = member(council, "dirviewer", EnumSet.of(Role.REPORT_VIEWER),
                Scope.directorate(council.highwaysDirectorate.id()));
        StaffUser serviceViewer = member(council, "svcviewer", EnumSet.of(Role.REPORT_VIEWER),
                Scope.service(council.highways.id()));
        String conduct = com.jayway.jsonpath.JsonPath.read(mvc.perform(MockMvcRequestBuilders
                .post("/api/v1/conduct-complaints").with(user(council.feedbackTeam)).with(csrf())
                .contentType("application/json").content("""
                        {"receivedOn":"2020-11-02","councillor":"Councillor Example Person",
                         "complainant":"A member of the public","summary":"Rude at a public meeting."}"""))
                .andReturn().getResponse().getContentAsString(), "$.reference");

        // cases: the one in scope, not the other, however they are reached
        assertThat(get(scoped, "/api/v1/cases/" + in.reference()).getStatus()).isEqualTo(200);
        assertThat(get(scoped, "/api/v1/cases/" + out.reference()).getStatus()).isEqualTo(404);
        for (String list : List.of("/api/v1/cases?view=scope", "/api/v1/cases/search?q=" + council.prefix,
                "/api/v1/cases/search?q=carer", "/staff?view=scope")) {
            String body = get(scoped, list).getContentAsString();
            assertThat(body).as(list).doesNotContain(out.reference());
        }
        assertThat(get(scoped, "/api/v1/cases?view=scope").getContentAsString()).contains(in.reference());

        // whole-council records: refused to the scoped viewer, served to the council-wide one
        List<String> wholeCouncil = new ArrayList<>(List.of("/staff/conduct", "/api/v1/conduct-complaints",
                "/api/v1/conduct-complaints/" + conduct, "/api/v1/conduct-complaints/" + conduct + "/events",
                "/staff/reports/annual?year=2020", "/staff/ombudsman/letter?year=2020",
                "/staff/ombudsman/letter.pdf?year=2020"));
        for (String format : List.of("json", "csv", "xlsx", "pdf")) {
            wholeCouncil.add("/staff/reports/annual/download?year=2020&format=" + format);
            wholeCouncil.add("/api/v1/reports/annual-feedback?year=2020&format=" + format);
        }
        wholeCouncil.add("/api/v1/reports/annual-feedback?year=2020&format=csv&table=table-1");
        for (String path : wholeCouncil) {
            assertThat(get(council.viewer, path).getStatus()).as("whole-council viewer on " + path).isEqualTo(200);
            assertThat(get(scoped, path).getStatus()).as("directorate viewer on " + path).isEqualTo(403);
            assertThat(get(serviceViewer, path).getStatus()).as("service viewer on " + path).isEqualTo(403);
        }

        // the dashboard: their directorate's figures, labelled so; never another's, nor a service viewer's
        String dashboard = get(scoped, "/staff/reports/dashboard").getContentAsString();
        assertThat(dashboard).contains("id=\"scope\"").contains("Highways").doesNotContain("Adult Social Care");
        assertThat(get(council.viewer, "/staff/reports/dashboard").getContentAsString()).contains("Adult Social Care");
        assertThat(get(scoped, "/staff/reports/dashboard?directorate=" + council.careDirectorate.id()).getStatus())
                .isEqualTo(403);
        assertThat(get(serviceViewer, "/staff/reports/dashboard").getStatus()).isEqualTo(403);

        // the Ombudsman cases page: the council's own figures count every directorate, so not for them
        assertThat(get(scoped, "/staff/ombudsman").getContentAsString()).doesNotContain("own-figures");
        assertThat(get(council.viewer, "/staff/ombudsman").getContentAsString()).contains("own-figures");

        // subject access: no officer exports a case outside their scope (nor any case: it is the feedback team's)
        for (StaffUser officer : List.of(council.careOfficer, council.highwaysOfficer)) {
            int status = mvc.perform(MockMvcRequestBuilders.post("/staff/privacy/subject-access/export")
                    .param("cases", out.reference(), in.reference()).with(user(officer)).with(csrf()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(officer.getUsername()).isEqualTo(403);
        }
    }

    private org.springframework.mock.web.MockHttpServletResponse get(StaffUser user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(user))).andReturn().getResponse();
    }

    private MvcResult send(Caller caller, String method, String pattern) throws Exception {
        String path = pattern.startsWith("static:") ? pattern.substring("static:".length()) : sample(caller, pattern);
        HttpMethod http = method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(http, path).with(csrf());
        if (path.startsWith("/api/") && (http == HttpMethod.POST || http == HttpMethod.PUT)) {
            request.contentType(pattern.contains("/imports/") ? "text/csv" : "application/json").content(
                    pattern.contains("/imports/") ? "" : "{}");
        }
        return mvc.perform(caller.as().apply(request)).andReturn();
    }

    /** A real address for a pattern: this caller's council's case, service and staff; other ids that exist nowhere. */
    private static String sample(Caller caller, String pattern) {
        Matcher variable = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String constraint = variable.group(2);
            String value = switch (name) {
                case "reference" -> caller.inScope().reference();
                case "serviceId" -> String.valueOf(caller.council().highways.id());
                case "step" -> constraint != null ? constraint.split("\\|")[0] : "acknowledge";
                case "id" -> pattern.startsWith("/staff/admin/staff/") ? String.valueOf(caller.council().highwaysOfficer.staffId())
                        : pattern.startsWith("/staff/admin/structure/services/") ? String.valueOf(caller.council().highways.id())
                        : "999999999";
                case "code" -> pattern.startsWith("/staff/admin/procedures") ? "corporate" : caller.council().authority.code();
                case "number" -> "1";
                default -> constraint != null && constraint.contains("d") ? "999999999" : "no-such-" + name;
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString().replace("/**", "/anything");
    }

    private static String classify(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 401 || (status / 100 == 3 && location != null && location.contains("/staff/sign-in")
                && !result.getRequest().getRequestURI().equals("/staff/sign-in"))) {
            return "S";
        }
        if (status == 403) {
            return "D";
        }
        if (status == 404) {
            return "N";
        }
        return "A";
    }

    private static Map<String, Row> readTable() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt")) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                assertThat(parts).as("row '" + trimmed + "': method, pattern and " + CALLERS.size() + " answers")
                        .hasSize(2 + CALLERS.size());
                Row row = new Row(parts[0], parts[1], List.of(parts).subList(2, parts.length));
                assertThat(row.expected()).as(trimmed).allMatch(cell -> cell.matches("[ADNS]"));
                assertThat(rows.put(row.key(), row)).as("duplicate row " + row.key()).isNull();
            }
        }
        return rows;
    }
}
