package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The national annual data: import (all or nothing, administrators only) and the annual review API, checked
 * against averages computed here independently from the same file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalDataIT {

    static final String SAMPLE = "/ombudsman/SAMPLE-synthetic-national-annual-data.csv";
    static final String HEADER = "authority_code,authority_name,authority_type,year,received_total,incomplete_or_invalid,"
            + "advice_given,referred_back,closed_after_initial_enquiries,not_upheld,upheld,remedied_by_authority,"
            + "compliance_outcomes,complied\n";

    @Autowired MockMvc mvc;
    @Autowired Authorities authorities;
    @Autowired StaffAccounts staff;
    @Autowired NationalData data;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient db;

    @Autowired TestCouncil council;
    /** The service operator, who alone imports the national data. */
    String admin;
    String councilAdmin;

    @BeforeEach
    void council() {
        admin = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(admin, "Administrator", admin + "@example.gov.uk",
                EnumSet.of(Role.SERVICE_OPERATOR, Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        councilAdmin = council.prefix + ".counciladmin";
        staff.create(council.authority.id(), new StaffAccounts.Details(councilAdmin, "Council administrator", null,
                EnumSet.of(Role.ADMINISTRATOR, Role.FEEDBACK_TEAM), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(username, TestCouncil.PASSWORD));
    }

    private MockHttpServletRequestBuilder importing(String csv) {
        return as(admin, post("/api/v1/imports/ombudsman-annual-data")).contentType("text/csv").content(csv);
    }

    static String sample() throws IOException {
        try (InputStream in = NationalDataIT.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample file read with nothing of the code under test: code, type, year, upheld, not upheld, remedied, outcomes, complied. */
    record Line(String code, String type, int year, long upheld, long notUpheld, long remedied, long outcomes, long complied) {
    }

    static List<Line> lines(String csv) {
        List<Line> lines = new ArrayList<>();
        String[] all = csv.split("\n");
        for (int i = 1; i < all.length; i++) {
            String[] v = all[i].split(",");
            lines.add(new Line(v[0], v[2], Integer.parseInt(v[3]), Long.parseLong(v[10]), Long.parseLong(v[9]),
                    Long.parseLong(v[11]), Long.parseLong(v[12]), Long.parseLong(v[13])));
        }
        return lines;
    }

    static Integer pooled(List<long[]> fractions) {
        long n = 0;
        long d = 0;
        for (long[] f : fractions) {
            n += f[0];
            d += f[1];
        }
        return d == 0 ? null : new BigDecimal(n * 100).divide(new BigDecimal(d), 0, RoundingMode.HALF_UP).intValue();
    }

    static Integer mean(List<long[]> fractions) {
        List<long[]> counted = fractions.stream().filter(f -> f[1] > 0).toList();
        if (counted.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (long[] f : counted) {
            sum = sum.add(new BigDecimal(f[0] * 100).divide(new BigDecimal(f[1]), 30, RoundingMode.HALF_UP));
        }
        return sum.divide(new BigDecimal(counted.size()), 0, RoundingMode.HALF_UP).intValue();
    }

    @Test
    void importsTheSampleFileOfThreeHundredAndThirtyOneAuthoritiesForTwoYears() throws Exception {
        String csv = sample();
        mvc.perform(importing(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(662))
                .andExpect(jsonPath("$.years[0]").value(2019))
                .andExpect(jsonPath("$.years[1]").value(2020));

        assertThat(data.year(2019)).hasSize(331);
        assertThat(data.year(2019).stream().map(NationalFigures::type).distinct()).hasSize(5);
        assertThat(data.find("SYN-C001", 2019).orElseThrow().receivedByCategory()).hasSize(9);

        // Importing the same file again replaces each authority's year rather than adding to it.
        mvc.perform(importing(csv)).andExpect(status().isOk()).andExpect(jsonPath("$.replaced").value(662));
        assertThat(data.year(2019)).hasSize(331);
    }

    @Test
    void theAveragesOfSimilarAuthoritiesEqualAnIndependentComputationForEveryType() throws Exception {
        String csv = sample();
        mvc.perform(importing(csv)).andExpect(status().isOk());
        List<Line> lines = lines(csv);

        for (int year : new int[] {2019, 2020}) {
            Map<String, List<Line>> byType = lines.stream().filter(l -> l.year() == year)
                    .collect(Collectors.groupingBy(Line::type));
            for (var entry : byType.entrySet()) {
                List<Line> peers = entry.getValue();
                Line first = peers.get(0);
                Integer uphold = pooled(peers.stream().map(l -> new long[] {l.upheld(), l.upheld() + l.notUpheld()}).toList());
                Integer compliance = pooled(peers.stream().map(l -> new long[] {l.complied(), l.outcomes()}).toList());
                Integer remedy = pooled(peers.stream().map(l -> new long[] {l.remedied(), l.upheld()}).toList());
                mvc.perform(as(council.viewer.getUsername(), get("/api/v1/ombudsman/annual-review"))
                                .param("authority", first.code()).param("year", String.valueOf(year)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.authority").value(first.code()))
                        .andExpect(jsonPath("$.financialYear").value(year + "/" + (year - 1999)))
                        .andExpect(jsonPath("$.upheld").value(first.upheld()))
                        .andExpect(jsonPath("$.detailedInvestigations").value(first.upheld() + first.notUpheld()))
                        .andExpect(jsonPath("$.similarAuthorities.type").value(entry.getKey()))
                        .andExpect(jsonPath("$.similarAuthorities.count").value(peers.size()))
                        .andExpect(jsonPath("$.similarAuthorities.upholdRate").value(uphold))
                        .andExpect(jsonPath("$.similarAuthorities.complianceRate").value(compliance))
                        .andExpect(jsonPath("$.similarAuthorities.satisfactoryRemedyRate").value(remedy))
                        .andExpect(jsonPath("$.similarAuthorities.averageMethod").value("pooled"));

                // The mean of rates, as configured by redress.ombudsman.peer-average=mean.
                PeerFigures mean = new AnnualReviews(data, new OmbudsmanProperties(PeerAverage.MEAN))
                        .peers(AuthorityType.fromKey(entry.getKey()), year);
                assertThat(mean.upholdRate()).isEqualTo(
                        mean(peers.stream().map(l -> new long[] {l.upheld(), l.upheld() + l.notUpheld()}).toList()));
                assertThat(mean.complianceRate()).isEqualTo(
                        mean(peers.stream().map(l -> new long[] {l.complied(), l.outcomes()}).toList()));
                assertThat(mean.satisfactoryRemedyRate()).isEqualTo(
                        mean(peers.stream().map(l -> new long[] {l.remedied(), l.upheld()}).toList()));
                assertThat(mean.method()).isEqualTo(PeerAverage.MEAN);
            }
        }
    }

    @Test
    void answersTheSeedLettersFiguresWithNullWhereARateIsNotApplicable() throws Exception {
        String code = council.prefix + "-MAID";
        String other = council.prefix + "-DART";
        // Year 2061 belongs to this test: cleared first, these two districts are the only similar authorities.
        db.sql("delete from ombudsman_annual_data where financial_year = 2061").update();
        mvc.perform(importing(HEADER
                        + code + ",Maidstone (test),district,2061,40,2,0,10,17,4,7,1,6,6\n"
                        + other + ",Dartford (test),district,2061,12,1,0,6,5,0,0,0,0,0\n"))
                .andExpect(status().isOk());

        mvc.perform(as(council.feedbackTeam.getUsername(), get("/api/v1/ombudsman/annual-review"))
                        .param("authority", code.toLowerCase()).param("year", "2061"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financialYear").value("2061/62"))
                .andExpect(jsonPath("$.detailedInvestigations").value(11))
                .andExpect(jsonPath("$.upholdRate").value(64))
                .andExpect(jsonPath("$.complianceOutcomes").value(6))
                .andExpect(jsonPath("$.complianceRate").value(100))
                .andExpect(jsonPath("$.remediedByAuthority").value(1))
                .andExpect(jsonPath("$.satisfactoryRemedyRate").value(14))
                .andExpect(jsonPath("$.similarAuthorities.count").value(2))
                .andExpect(jsonPath("$.similarAuthorities.upholdRate").value(64));
        mvc.perform(as(council.feedbackTeam.getUsername(), get("/api/v1/ombudsman/annual-review"))
                        .param("authority", other).param("year", "2061"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.detailedInvestigations").value(0))
                .andExpect(jsonPath("$.upholdRate").value(nullValue()))
                .andExpect(jsonPath("$.complianceRate").value(nullValue()))
                .andExpect(jsonPath("$.satisfactoryRemedyRate").value(nullValue()));
        mvc.perform(as(council.feedbackTeam.getUsername(), get("/api/v1/ombudsman/annual-review"))
                        .param("authority", code).param("year", "2062"))
                .andExpect(status().isNotFound());
    }

    @Test
    void reimportingAnAuthoritysYearReplacesIt() throws Exception {
        String code = council.prefix + "-R";
        mvc.perform(importing(HEADER + code + ",Replaced (test),unitary,2062,5,0,0,0,0,4,1,0,0,0\n")).andExpect(status().isOk());
        mvc.perform(importing(HEADER + code.toLowerCase() + ",Replaced (test),unitary,2062,9,0,0,0,0,1,4,0,0,0\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replaced").value(1));

        assertThat(data.peers(AuthorityType.UNITARY, 2062).stream().filter(f -> f.authorityCode().equalsIgnoreCase(code)))
                .singleElement().satisfies(f -> assertThat(f.upheld()).isEqualTo(4));
    }

    @Test
    void aBadRowRejectsTheWholeFileListingEveryProblemByLineAndColumn() throws Exception {
        String good = council.prefix + "-GOOD";
        String csv = HEADER
                + good + ",Good (test),county,2063,5,0,0,0,0,4,1,0,0,0\n"
                + council.prefix + "-B1,Bad (test),county,2063,5,0,0,0,0,4,x,0,0,0\n"
                + council.prefix + "-B2,Bad (test),parish,2063,5,0,0,0,0,4,1,2,1,3\n"
                + good + ",Good again (test),county,2063,5,0,0,0,0,4,1,0,0,0\n"
                + council.prefix + "-B3,Bad (test),county,19/20,5,0,0,0,0,4,1,0,0\n";

        mvc.perform(importing(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Nothing was imported")))
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'upheld')].message",
                        hasItem("'x' is not a whole number of 0 or more")))
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'authority_type')].field", hasItem("line 4, authority_type")))
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'remedied_by_authority')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'complied')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'authority_code')].message",
                        hasItem(good + " already has a line for year 2063 (line 2)")))
                .andExpect(jsonPath("$.errors[?(@.line == 6)].message",
                        hasItem("The line has 13 values where the header has 14 columns")))
                .andExpect(jsonPath("$.errors.length()").value(6));

        assertThat(data.find(good, 2063)).isEmpty();
    }

    @Test
    void aMissingOrUnknownColumnIsReportedOnTheHeaderLine() throws Exception {
        mvc.perform(importing("authority_code,authority_name,authority_type,year,received_parks\nX,Y,county,2064,1\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.line == 1 && @.column == 'upheld')].message", hasItem("The column is missing")))
                .andExpect(jsonPath("$.errors[?(@.line == 1 && @.column == 'received_parks')]").isNotEmpty());
        mvc.perform(importing("")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheServiceOperatorMayImportNotACouncilsAdministrator() throws Exception {
        String csv = HEADER + council.prefix + "-X,X (test),county,2065,5,0,0,0,0,4,1,0,0,0\n";
        for (String username : List.of(councilAdmin, council.feedbackTeam.getUsername(), council.highwaysOfficer.getUsername(),
                council.viewer.getUsername())) {
            mvc.perform(as(username, post("/api/v1/imports/ombudsman-annual-data")).contentType("text/csv").content(csv))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/imports/ombudsman-annual-data").contentType("text/csv").content(csv))
                .andExpect(status().isUnauthorized());
        assertThat(data.find(council.prefix + "-X", 2065)).isEmpty();
    }

    @Test
    void theServiceOperatorUploadsTheFileFromAPageAndSeesEveryProblemWithItsLine() throws Exception {
        StaffUser operator = (StaffUser) staff.loadUserByUsername(admin);
        String code = council.prefix + "-UPL";
        mvc.perform(get("/staff/ombudsman/national/import").with(user(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("authority_code, authority_name, authority_type, year")));

        String bad = HEADER + code + ",Upload Test District Council,district,2070,40,2,0,10,17,4,seven,1,6,6\n"
                + code + "-2,Second Test District Council,parish,2070,40,2,0,10,17,4,7,1,6,6\n";
        mvc.perform(multipart("/staff/ombudsman/national/import").file(csvFile(bad)).with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The file was not imported: 2 problems")))
                .andExpect(content().string(containsString("upheld")))
                .andExpect(content().string(containsString("authority_type")));
        assertThat(data.find(code, 2070)).as("nothing of a bad file is stored").isEmpty();

        mvc.perform(multipart("/staff/ombudsman/national/import").with(user(operator)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the Ombudsman&#39;s annual data file (CSV)")));

        String good = HEADER + code + ",Upload Test District Council,district,2070,40,2,0,10,17,4,7,1,6,6\n";
        mvc.perform(multipart("/staff/ombudsman/national/import").file(csvFile(good)).with(user(operator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/ombudsman/national?year=2070"))
                .andExpect(flash().attributeExists("imported"));
        assertThat(data.find(code, 2070)).map(NationalFigures::upheld).contains(7L);
    }

    @Test
    void aCouncilAdministratorCannotOpenTheUploadPage() throws Exception {
        StaffUser councilAdministrator = (StaffUser) staff.loadUserByUsername(councilAdmin);
        mvc.perform(get("/staff/ombudsman/national/import").with(user(councilAdministrator)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/staff/ombudsman/national/import")
                        .file(csvFile(HEADER + council.prefix + "-NOT,No District Council,district,2070,1,0,0,0,0,0,1,0,0,0\n"))
                        .with(user(councilAdministrator)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(data.find(council.prefix + "-NOT", 2070)).isEmpty();
    }

    private static MockMultipartFile csvFile(String csv) {
        return new MockMultipartFile("file", "annual-data.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
