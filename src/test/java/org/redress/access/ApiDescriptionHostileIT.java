package org.redress.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation the OpenAPI description at /v3/api-docs lists, sent hostile values in each parameter and each
 * body field in turn, by the type the description gives it: huge and negative numbers, far dates, nulls inside
 * lists, over-long strings, repeated parameters and wrong types. None may answer 5xx: anything a caller can send
 * is a 4xx naming what is wrong, or an ordinary answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionHostileIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG = "x".repeat(100_000);

    static final List<String> HOSTILE_NUMBERS = List.of("2147483647", "-2147483648", "9223372036854775807",
            "99999999999999999999999", "-1", "0", "1e400", "NaN", "1.5", "abc", "");
    static final List<String> HOSTILE_DATES = List.of("9999-12-31", "0001-01-01", "+999999999-12-31",
            "-999999999-01-01", "2021-02-30", "1900-01-01", "21-03-01", "");
    static final List<String> HOSTILE_TEXT = List.of(LONG, "", " ", "\u0000", "<script>alert(1)</script>",
            "' or 1=1 --", "../../etc/passwd", "%00", "\uD800");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired StaffAccounts staff;
    @Autowired TestCouncil council;
    @Autowired Casework casework;

    private JsonNode schemas;

    @Test
    void noOperationAnswersHostileValuesWithA5xx() throws Exception {
        StaffUser admin = administrator(council);
        FeedbackCase c = casework.log(council.feedbackTeam, new NewCase(FeedbackType.COMPLAINT, Channel.LETTER,
                LocalDate.of(2021, 3, 1), council.highways.id(), null, "Pothole", null, null, null, null,
                List.of(), List.of(), null));
        JsonNode description = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(user(admin)))
                .andReturn().getResponse().getContentAsString());
        schemas = description.path("components").path("schemas");

        List<String> serverErrors = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                operations++;
                for (Probe probe : probes(path.getKey(), operation.getValue(), c, council)) {
                    sent++;
                    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, probe.uri())
                            .with(user(admin)).with(csrf());
                    if (probe.body() != null) {
                        request.contentType(MediaType.APPLICATION_JSON).content(probe.body());
                    }
                    int status;
                    try {
                        status = mvc.perform(request).andReturn().getResponse().getStatus();
                    } catch (Exception escaped) {
                        status = 500;
                    }
                    if (status >= 500) {
                        serverErrors.add(method + " " + path.getKey() + " with " + probe.what() + ": " + status);
                    }
                }
            }
        }
        System.out.printf("OpenAPI hostile input: %d requests to %d operations; %d answers 5xx%n", sent, operations,
                serverErrors.size());
        serverErrors.forEach(System.out::println);
        assertThat(operations).isGreaterThan(20);
        assertThat(serverErrors).isEmpty();
    }

    record Probe(String what, String uri, String body) {
    }

    /** A plausible request for the operation, then each parameter and body field made hostile in turn. */
    private List<Probe> probes(String pattern, JsonNode operation, FeedbackCase c, TestCouncil council) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            String value = plausible(p.path("name").asString(), p.path("schema"), c, council);
            if ("path".equals(p.path("in").asString())) {
                pathValues.put(p.path("name").asString(), value);
            } else if ("query".equals(p.path("in").asString()) && p.path("required").asBoolean()) {
                query.put(p.path("name").asString(), value);
            }
        }
        ObjectNode body = null;
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode()) {
            JsonNode base = sample(bodySchema, 0);
            body = base instanceof ObjectNode object ? object : null;
        }
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("plausible values", uri(pattern, pathValues, query, List.of()), text(body)));
        for (JsonNode p : parameters) {
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            for (String hostile : hostileFor(p.path("schema"))) {
                if ("path".equals(in)) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(name, hostile);
                    probes.add(new Probe("path " + name + "=" + shown(hostile), uri(pattern, values, query, List.of()),
                            text(body)));
                } else if ("query".equals(in)) {
                    Map<String, String> values = new LinkedHashMap<>(query);
                    values.put(name, hostile);
                    probes.add(new Probe(name + "=" + shown(hostile), uri(pattern, pathValues, values, List.of()),
                            text(body)));
                    // The same parameter twice: a plausible value, then the hostile one.
                    probes.add(new Probe(name + " repeated with " + shown(hostile),
                            uri(pattern, pathValues, query, List.of(name, plausible(name, p.path("schema"), c, council),
                                    name, hostile)), text(body)));
                } else if ("header".equals(in)) {
                    // Headers are covered by the security and idempotency tests.
                }
            }
        }
        if (body != null) {
            String uri = uri(pattern, pathValues, query, List.of());
            JsonNode properties = resolve(bodySchema).path("properties");
            for (Map.Entry<String, JsonNode> field : properties.properties()) {
                for (JsonNode hostile : hostileNodes(field.getValue())) {
                    ObjectNode changed = body.deepCopy();
                    changed.set(field.getKey(), hostile);
                    probes.add(new Probe("body " + field.getKey() + "=" + shown(hostile.toString()), uri,
                            text(changed)));
                }
            }
            probes.add(new Probe("an empty body", uri, "{}"));
            probes.add(new Probe("a list for a body", uri, "[null]"));
            probes.add(new Probe("null for a body", uri, "null"));
        }
        return probes;
    }

    private List<String> hostileFor(JsonNode schema) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString("");
        if (type.equals("integer") || type.equals("number")) {
            return HOSTILE_NUMBERS;
        }
        if ("date".equals(s.path("format").asString("")) || "date-time".equals(s.path("format").asString(""))) {
            return HOSTILE_DATES;
        }
        if (type.equals("boolean")) {
            return List.of("maybe", "", "2147483647");
        }
        List<String> values = new ArrayList<>(HOSTILE_TEXT);
        values.addAll(List.of("2147483647", "-1", "9999-12-31"));
        return values;
    }

    private List<JsonNode> hostileNodes(JsonNode schema) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString("");
        List<JsonNode> nodes = new ArrayList<>();
        nodes.add(NODES.nullNode());
        nodes.add(NODES.objectNode().put("wrong", "type"));
        switch (type) {
            case "integer", "number" -> {
                nodes.add(NODES.numberNode(Integer.MAX_VALUE));
                nodes.add(NODES.numberNode(Integer.MIN_VALUE));
                nodes.add(NODES.numberNode(Long.MAX_VALUE));
                nodes.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
                nodes.add(NODES.numberNode(-1));
                nodes.add(NODES.numberNode(1e300));
                nodes.add(NODES.stringNode("abc"));
            }
            case "array" -> {
                ArrayNode withNull = NODES.arrayNode().addNull();
                nodes.add(withNull);
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    many.add("item " + i);
                }
                nodes.add(many);
                nodes.add(NODES.arrayNode().add(LONG));
                nodes.add(NODES.arrayNode().add(NODES.arrayNode().add(1)));
                nodes.add(NODES.stringNode("not a list"));
            }
            case "boolean" -> nodes.add(NODES.stringNode("maybe"));
            case "object" -> nodes.add(NODES.stringNode("not an object"));
            default -> {
                if (s.path("format").asString("").startsWith("date")) {
                    HOSTILE_DATES.forEach(d -> nodes.add(NODES.stringNode(d)));
                } else {
                    HOSTILE_TEXT.forEach(t -> nodes.add(NODES.stringNode(t)));
                    nodes.add(NODES.numberNode(Integer.MAX_VALUE));
                }
                nodes.add(NODES.arrayNode().addNull());
            }
        }
        return nodes;
    }

    /** A value of the schema's type that would pass, so a probe changes one thing at a time. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString("");
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object", "" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").properties().iterator();
                            it.hasNext();) {
                        Map.Entry<String, JsonNode> property = it.next();
                        object.set(property.getKey(), sample(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            default -> s.path("format").asString("").equals("date") ? NODES.stringNode("2021-03-01")
                    : NODES.stringNode("text");
        };
    }

    private String plausible(String name, JsonNode schema, FeedbackCase c, TestCouncil council) {
        JsonNode s = resolve(schema);
        return switch (name) {
            case "reference" -> c.reference();
            case "serviceId" -> String.valueOf(council.highways.id());
            case "year" -> "2020";
            case "authority" -> council.authority.code();
            default -> s.has("enum") ? s.path("enum").get(0).asString()
                    : switch (s.path("type").asString("")) {
                        case "integer", "number" -> "1";
                        case "boolean" -> "true";
                        default -> "date".equals(s.path("format").asString("")) ? "2021-03-01" : "text";
                    };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String uri(String pattern, Map<String, String> pathValues, Map<String, String> query,
            List<String> extra) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String value = pathValues.getOrDefault(variable.group(1), "1");
            variable.appendReplacement(uri, Matcher.quoteReplacement(encode(value.isEmpty() ? " " : value)));
        }
        variable.appendTail(uri);
        List<String> pairs = new ArrayList<>();
        query.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        for (int i = 0; i < extra.size(); i += 2) {
            pairs.add(encode(extra.get(i)) + "=" + encode(extra.get(i + 1)));
        }
        return pairs.isEmpty() ? uri.toString() : uri + "?" + String.join("&", pairs);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static String shown(String value) {
        String shown = value.length() > 30 ? value.substring(0, 30) + "... (" + value.length() + " chars)" : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private StaffUser administrator(TestCouncil council) {
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Administrator", null,
                EnumSet.of(Role.ADMINISTRATOR, Role.FEEDBACK_TEAM), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        return (StaffUser) staff.loadUserByUsername(username);
    }
}
