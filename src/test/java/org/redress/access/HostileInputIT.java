package org.redress.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Malformed and malicious input to every form and API endpoint that takes a body, found from the handler
 * mappings: never a 5xx, and what is stored comes back escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputIT {

    static final List<String> HOSTILE_TEXT = List.of(
            "x".repeat(100_000),
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' OR 1=1; drop table staff; --",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "\u0000\u0007\u001b[31m",
            "\u202eevil\u202c \u2066bidi\u2069",
            "\uD800 lone surrogate",
            "2021-02-30",
            "-1",
            "99999999999999999999999",
            "2147483647",
            "-2147483648",
            "99999",
            "9999-12-31",
            "bad",
            "%00../../etc/passwd",
            "");
    /** Field names the forms use; each request sets them all to one hostile value. */
    static final List<String> FIELDS = List.of("type", "channel", "description", "name", "displayName", "username",
            "email", "password", "serviceId", "directorateId", "outcome", "reason", "note", "text", "subject", "body",
            "days", "version", "code", "region", "date.day", "date.month", "date.year", "receivedOn.day",
            "receivedOn.month", "receivedOn.year", "customer.name", "customer.email", "reference", "slug", "title",
            "question", "answer", "amount", "assignTo", "roles", "scopeKind", "stageDays", "from", "to", "value",
            "workingDays", "year", "months", "acknowledgeDays", "respondDays", "maxExtensionWorkingDays",
            "maxAgreedMonths", "relationship", "representativeRelationship", "tags", "reasons", "cases", "person",
            "firstDay.day", "firstDay.month", "firstDay.year", "lastDay.day", "lastDay.month", "lastDay.year",
            "paidOn.day", "paidOn.month", "paidOn.year", "agreed.day", "agreed.month", "agreed.year");
    /** Query parameters the pages and API read; each request sets them all to one hostile value. */
    static final List<String> QUERY = List.of("year", "page", "after", "before", "type", "status", "serviceId",
            "directorateId", "sort", "order", "q", "category", "decision", "authority", "from", "to", "format",
            "table", "tag", "email", "name", "phone", "filter", "mine", "change", "then", "token", "t", "size");
    static final List<String> HOSTILE_JSON = List.of(
            "{\"type\":", "[]", "\"just a string\"", "null", "{\"receivedOn\":\"2021-02-30\"}",
            "{\"serviceId\":1e400,\"amount\":\"NaN\"}", "{\"type\":{\"nested\":[[[[[[[[[[]]]]]]]]]]}}",
            "{\"description\":\"" + "y".repeat(3_000_000) + "\"}", "\u0000\u0001", "{\"a\":1}{\"b\":2}");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired StaffAccounts staff;
    @Autowired TestCouncil council;
    @Autowired Casework casework;

    @Test
    void noHostileInputToAnyFormOrEndpointGetsA5xx() throws Exception {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01").by(Channel.LETTER)
                .about(council.highways.id()).describedAs("Pothole").build());
        StaffUser admin = administrator(council);
        Set<String> targets = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (var method : info.getMethodsCondition().getMethods()) {
                if (method.name().equals("POST") || method.name().equals("PUT")) {
                    info.getPatternValues().forEach(p -> targets.add(method.name() + " " + p));
                }
            }
        }
        int sent = 0;
        List<String> serverErrors = new ArrayList<>();
        for (String target : targets) {
            HttpMethod method = HttpMethod.valueOf(target.substring(0, target.indexOf(' ')));
            String path = sample(target.substring(target.indexOf(' ') + 1), c, council);
            boolean api = path.startsWith("/api/");
            for (String value : HOSTILE_TEXT) {
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                        .with(user(admin)).with(csrf());
                if (api) {
                    request.contentType(path.contains("/imports/") ? "text/csv" : "application/json")
                            .content(path.contains("/imports/") ? "authority_code,year\n" + value + "," + value + "\n"
                                    : jsonWithEveryField(value));
                } else {
                    FIELDS.forEach(field -> request.param(field, value));
                }
                sent++;
                int status = status(request);
                if (status >= 500) {
                    serverErrors.add(target + " with " + describe(value) + ": " + status);
                }
            }
            List<String[]> bodies = new ArrayList<>();
            HOSTILE_JSON.forEach(json -> bodies.add(new String[] {"application/json", json}));
            bodies.add(new String[] {"text/plain", "hello"});
            bodies.add(new String[] {"application/xml", "<a/>"});
            // A form body that cannot be decoded is sent over real HTTP in WebSecurityIT: MockMvc cannot build it.
            bodies.add(new String[] {"multipart/form-data; boundary=x", "--x\r\nbroken"});
            for (String[] body : bodies) {
                sent++;
                int status = status(MockMvcRequestBuilders.request(method, path).with(user(admin)).with(csrf())
                        .contentType(body[0]).content(body[1]));
                if (status >= 500) {
                    serverErrors.add(target + " with " + body[0] + " " + describe(body[1]) + ": " + status);
                }
            }
        }
        System.out.printf("Hostile input: %d requests to %d forms and endpoints; %d answers 5xx%n", sent,
                targets.size(), serverErrors.size());
        serverErrors.forEach(System.out::println);
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void noHostileQueryToAnyPageOrEndpointGetsA5xx() throws Exception {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn("2021-03-01")
                .by(Channel.LETTER).about(council.highways.id()).describedAs("Pothole").build());
        StaffUser admin = administrator(council);
        Set<String> targets = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals("GET"))) {
                targets.addAll(info.getPatternValues());
            }
        }
        int sent = 0;
        List<String> serverErrors = new ArrayList<>();
        for (String target : targets) {
            String path = sample(target, c, council);
            for (String value : HOSTILE_TEXT) {
                // Signed in and not: the public pages read the same parameters with nobody signed in.
                for (boolean signedIn : List.of(true, false)) {
                    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
                    if (signedIn) {
                        request.with(user(admin));
                    }
                    // Each parameter twice: a plausible value first, then the hostile one.
                    QUERY.forEach(name -> request.param(name, "1", value));
                    sent++;
                    int status = status(request);
                    if (status >= 500) {
                        serverErrors.add("GET " + target + (signedIn ? "" : " (signed out)") + " with "
                                + describe(value) + ": " + status);
                    }
                }
            }
        }
        System.out.printf("Hostile queries: %d requests to %d pages and endpoints; %d answers 5xx%n", sent,
                targets.size(), serverErrors.size());
        serverErrors.forEach(System.out::println);
        assertThat(serverErrors).isEmpty();
    }

    @Test
    void storedScriptComesBackEscapedOnTheCasePage() throws Exception {
        String hostile = "<script>alert('x')</script>\u202e\"><img src=x onerror=alert(1)>";
        String location = mvc.perform(MockMvcRequestBuilders.post("/staff/cases/new").with(user(council.feedbackTeam))
                        .with(csrf()).param("type", "complaint").param("channel", "phone")
                        .param("receivedOn.day", "1").param("receivedOn.month", "3").param("receivedOn.year", "2021")
                        .param("serviceId", String.valueOf(council.highways.id()))
                        .param("description", hostile).param("customer.name", hostile))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/staff/cases/");
        String page = mvc.perform(MockMvcRequestBuilders.get(location).with(user(council.feedbackTeam)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    /** An exception that escapes the application would be a 500 from the server. */
    private int status(MockHttpServletRequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            return 500;
        }
    }

    /** Holds every role that reaches a form or endpoint with a body, the service operator's included. */
    private StaffUser administrator(TestCouncil council) {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Administrator", null,
                EnumSet.of(Role.SERVICE_OPERATOR, Role.ADMINISTRATOR, Role.FEEDBACK_TEAM), Scope.WHOLE_COUNCIL),
                TestCouncil.PASSWORD);
        return (StaffUser) staff.loadUserByUsername(username);
    }

    private static String jsonWithEveryField(String value) {
        String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
                .replace("\u0007", "\\u0007").replace("\u001b", "\\u001b") + "\"";
        StringBuilder json = new StringBuilder("{");
        for (String field : List.of("type", "channel", "receivedOn", "serviceId", "description", "date", "outcome",
                "note", "amount", "kind", "staffId", "reference", "reasons", "tags")) {
            json.append('"').append(field).append("\":").append(quoted).append(',');
        }
        return json.append("\"customer\":{\"name\":").append(quoted).append(",\"email\":").append(quoted).append("}}")
                .toString();
    }

    private static String sample(String pattern, FeedbackCase c, TestCouncil council) {
        Matcher variable = Pattern.compile("\\{([A-Za-z]+)(?::([^}]*))?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "reference" -> c.reference();
                case "serviceId" -> String.valueOf(council.highways.id());
                case "step" -> variable.group(2) != null ? variable.group(2).split("\\|")[0] : "respond";
                case "id" -> pattern.startsWith("/staff/admin/staff/") ? String.valueOf(council.careOfficer.staffId())
                        : pattern.startsWith("/staff/admin/structure/services/") ? String.valueOf(council.highways.id())
                        : "1";
                case "code" -> "corporate";
                case "number" -> "1";
                default -> "1";
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static String describe(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " chars)" : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
