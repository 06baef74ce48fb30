package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A council's own mailbox, saved by its administrator on the mailbox page: secrets kept encrypted and never shown
 * back, the mailbox read by the scheduled poll from a real IMAP server (GreenMail), with a password or with XOAUTH2
 * and a token from a token endpoint served in the test, and a "Test connection" button that says what failed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilMailboxIT {

    private static final GreenMail MAIL = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient db;
    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired MailboxPoller poller;
    @Autowired MailboxConnector connector;
    @Autowired JsonMapper json;

    TestCouncil council;
    StaffUser administrator;
    String login;
    HttpServer tokenEndpoint;
    final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    volatile int tokenStatus = 200;
    volatile String tokenAnswer = "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"token-for-imap\"}";

    @BeforeEach
    void council() throws IOException {
        council = TestCouncil.create(authorities, structure, staff);
        String username = council.prefix + ".admin";
        staff.create(council.authority.id(), new StaffAccounts.Details(username, "Administrator", null,
                EnumSet.of(Role.ADMINISTRATOR), Scope.WHOLE_COUNCIL), TestCouncil.PASSWORD);
        administrator = (StaffUser) staff.loadUserByUsername(username);
        login = "complaints." + council.prefix + "@council.example";
        tokenEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tokenEndpoint.createContext("/tenant/oauth2/v2.0/token", exchange -> {
            tokenRequests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = tokenAnswer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(tokenStatus, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        tokenEndpoint.start();
    }

    @AfterEach
    void stopTokenEndpoint() {
        tokenEndpoint.stop(0);
    }

    @Test
    void aSavedPasswordIsStoredEncryptedAndNeverShownBack() throws Exception {
        MAIL.setUser(login, login, "plain-text-password");

        save("plain-text-password").andExpect(status().is3xxRedirection());

        String sealed = db.sql("select password_sealed from inbox_mailbox where authority_id = ?").param(authority())
                .query(String.class).single();
        assertThat(sealed).startsWith("v1:").doesNotContain("plain-text-password");
        mvc.perform(get("/staff/admin/mailbox").with(user(administrator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("A password is saved. Leave this blank to keep it.")))
                .andExpect(content().string(containsString("Saved on this page")))
                .andExpect(content().string(not(containsString("plain-text-password"))));
    }

    @Test
    void aSavedMailboxIsReadByTheScheduledPollAndABlankPasswordKeepsTheSavedOne() throws Exception {
        MAIL.setUser(login, login, "mailbox-password");
        deliver("Bins not collected on Elm Road");
        save("mailbox-password").andExpect(status().is3xxRedirection());
        save("").andExpect(status().is3xxRedirection());

        pollUntilStored("Bins not collected on Elm Road");
        mvc.perform(get("/staff/admin/mailbox").with(user(administrator)))
                .andExpect(content().string(containsString("Emails stored")))
                .andExpect(content().string(not(containsString("Failed"))));
    }

    @Test
    void aMailboxSignedInWithOAuthIsReadWithXoauth2AndATokenFromTheClientCredentialsFlow() throws Exception {
        // GreenMail's XOAUTH2 takes the user's password as the only valid access token.
        MAIL.setUser(login, login, "token-for-imap");
        deliver("Noise from the depot at night");
        saveOAuth("client-secret-value").andExpect(status().is3xxRedirection());
        assertThat(db.sql("select client_secret_sealed from inbox_mailbox where authority_id = ?").param(authority())
                .query(String.class).single()).startsWith("v1:").doesNotContain("client-secret-value");

        pollUntilStored("Noise from the depot at night");
        assertThat(tokenRequests).singleElement().satisfies(body -> assertThat(body.split("&")).containsExactlyInAnyOrder(
                "grant_type=client_credentials", "client_id=redress-app", "client_secret=client-secret-value",
                "scope=https%3A%2F%2Foutlook.office365.com%2F.default"));
        Properties session = connector.session(oauthMailbox()).getProperties();
        assertThat(session).containsEntry("mail.imap.auth.mechanisms", "XOAUTH2")
                .containsEntry("mail.imap.auth.login.disable", "true").containsEntry("mail.imap.auth.plain.disable", "true");
    }

    @Test
    void aTokenIsReusedUntilShortlyBeforeItExpires() {
        MovableClock clock = new MovableClock();
        AccessTokens tokens = new AccessTokens(json, clock);
        Mailbox.OAuthClient client = oauthMailbox().oauth();

        assertThat(tokens.token(client)).isEqualTo("token-for-imap");
        clock.advance(Duration.ofMinutes(50));
        assertThat(tokens.token(client)).isEqualTo("token-for-imap");
        assertThat(tokenRequests).hasSize(1);

        tokenAnswer = "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"second-token\"}";
        clock.advance(Duration.ofMinutes(5));
        assertThat(tokens.token(client)).isEqualTo("second-token");
        assertThat(tokenRequests).hasSize(2);
    }

    @Test
    void refusedClientCredentialsAreSaidPlainlyByTestConnection() throws Exception {
        tokenStatus = 401;
        tokenAnswer = "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret "
                + "provided.\\r\\nTrace ID: 0000\\r\\nCorrelation ID: 1111\"}";

        testConnection(oauthParams("wrong-secret")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The connection did not work")))
                .andExpect(content().string(containsString(
                        "refused the client credentials (401 invalid_client): AADSTS7000215: Invalid client secret provided.")))
                .andExpect(content().string(not(containsString("Trace ID"))))
                .andExpect(content().string(not(containsString("wrong-secret"))));

        org.springframework.util.MultiValueMap<String, String> unreachable = oauthParams("a-secret");
        unreachable.set("tokenUrl", "http://127.0.0.1:" + closedPort() + "/tenant/oauth2/v2.0/token");
        testConnection(unreachable).andExpect(content().string(containsString(
                "Could not reach the token endpoint 127.0.0.1: it is unreachable or refused the connection.")));
    }

    @Test
    void testConnectionSaysWhatFailedWithoutSaving() throws Exception {
        MAIL.setUser(login, login, "mailbox-password");

        testConnection(params("127.0.0.1", String.valueOf(closedPort()), "INBOX", "mailbox-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the server is unreachable or refused the connection")));
        testConnection(params("no-such-host.invalid", "143", "INBOX", "mailbox-password"))
                .andExpect(content().string(containsString("Could not find the mail server no-such-host.invalid")));
        testConnection(params("127.0.0.1", imapPort(), "INBOX", "not-the-password"))
                .andExpect(content().string(containsString("refused to sign in as " + login)))
                .andExpect(content().string(not(containsString("not-the-password"))));
        testConnection(params("127.0.0.1", imapPort(), "Complaints", "mailbox-password"))
                .andExpect(content().string(containsString("the mailbox has no folder called Complaints")));
        testConnection(params("127.0.0.1", imapPort(), "INBOX", "mailbox-password"))
                .andExpect(content().string(containsString("The connection worked")))
                .andExpect(content().string(containsString("Connected to 127.0.0.1 as " + login)));

        assertThat(db.sql("select count(*) from inbox_mailbox where authority_id = ?").param(authority())
                .query(Long.class).single()).isZero();
    }

    @Test
    void badSettingsAreShownAgainNamingEachField() throws Exception {
        mvc.perform(post("/staff/admin/mailbox").with(user(administrator)).with(csrf())
                        .param("protocol", "pop3").param("host", "not a host!").param("port", "99999")
                        .param("username", "").param("pollMinutes", "0").param("setAsideKeptMonths", "1000")
                        .param("authentication", "oauth2").param("tokenUrl", "http://login.example.com/token")
                        .param("clientId", "").param("scope", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#protocol\"")))
                .andExpect(content().string(containsString("href=\"#host\"")))
                .andExpect(content().string(containsString(
                        "Enter the port as a whole number from 1 to 65535, or leave it blank for the usual one")))
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("in minutes from 1 to 1440")))
                .andExpect(content().string(containsString("in months from 1 to 120")))
                .andExpect(content().string(containsString("Enter the token URL, starting https://")))
                .andExpect(content().string(containsString("href=\"#clientId\"")))
                .andExpect(content().string(containsString("href=\"#clientSecret\"")))
                .andExpect(content().string(containsString("href=\"#scope\"")));
        save("").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape("Enter the mailbox's password"))));
        assertThat(db.sql("select count(*) from inbox_mailbox where authority_id = ?").param(authority())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdministratorsSeeTheMailboxPage() throws Exception {
        mvc.perform(get("/staff/admin/mailbox").with(user(council.feedbackTeam))).andExpect(status().isForbidden());
    }

    @Test
    void anEmptyInboxSaysSoOnce() throws Exception {
        mvc.perform(get("/staff/inbox").with(user(council.feedbackTeam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There are no emails waiting.")))
                .andExpect(content().string(not(containsString("0 emails waiting"))));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Mailbox oauthMailbox() {
        return new Mailbox("imap", "127.0.0.1", MAIL.getImap().getPort(), login, "INBOX", Duration.ofMinutes(1), null,
                new Mailbox.OAuthClient(tokenUrl(), "redress-app", "client-secret-value", Mailbox.MICROSOFT_365_SCOPE));
    }

    private String tokenUrl() {
        return "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/tenant/oauth2/v2.0/token";
    }

    private ResultActions save(String password) throws Exception {
        return mvc.perform(post("/staff/admin/mailbox").with(user(administrator)).with(csrf())
                .params(params("127.0.0.1", imapPort(), "INBOX", password)));
    }

    private ResultActions saveOAuth(String secret) throws Exception {
        return mvc.perform(post("/staff/admin/mailbox").with(user(administrator)).with(csrf()).params(oauthParams(secret)));
    }

    private ResultActions testConnection(org.springframework.util.MultiValueMap<String, String> params) throws Exception {
        return mvc.perform(post("/staff/admin/mailbox/test").with(user(administrator)).with(csrf()).params(params));
    }

    private org.springframework.util.MultiValueMap<String, String> params(String host, String port, String folder,
            String password) {
        org.springframework.util.LinkedMultiValueMap<String, String> p = new org.springframework.util.LinkedMultiValueMap<>();
        p.add("protocol", "imap");
        p.add("host", host);
        p.add("port", port);
        p.add("username", login);
        p.add("folder", folder);
        p.add("pollMinutes", "1");
        p.add("setAsideKeptMonths", "12");
        p.add("authentication", "password");
        p.add("password", password);
        return p;
    }

    private org.springframework.util.MultiValueMap<String, String> oauthParams(String secret) {
        org.springframework.util.MultiValueMap<String, String> p = params("127.0.0.1", imapPort(), "INBOX", "");
        p.set("authentication", "oauth2");
        p.add("tokenUrl", tokenUrl());
        p.add("clientId", "redress-app");
        p.add("clientSecret", secret);
        p.add("scope", Mailbox.MICROSOFT_365_SCOPE);
        return p;
    }

    private String imapPort() {
        return String.valueOf(MAIL.getImap().getPort());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private long authority() {
        return council.authority.id();
    }

    private List<String> subjectsStored() {
        return db.sql("select subject from inbox_message where authority_id = ?").param(authority())
                .query(String.class).list();
    }

    /**
     * Runs the scheduled poll until the email is stored: the application's own scheduler may hold the poll's lock
     * (then this call does nothing) or have read the mailbox first; either way it is read once, within a minute.
     */
    private void pollUntilStored(String subject) throws InterruptedException {
        long until = System.nanoTime() + 90_000_000_000L;
        while (subjectsStored().isEmpty() && System.nanoTime() < until) {
            poller.poll();
            Thread.sleep(200);
        }
        assertThat(subjectsStored()).containsExactly(subject);
    }

    private void deliver(String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("c.brown@example.com", "Ms C Brown"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(login));
        m.setSubject(subject);
        m.setText("Please look into this.", "UTF-8");
        m.saveChanges();
        MAIL.getUserManager().getUser(login).deliver(m);
    }

    /** A clock the test moves on, so token expiry is tested without waiting. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
