package org.redress.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.NewCase;
import org.redress.casework.Outcome;
import org.redress.organisation.StaffUser;
import org.redress.platform.CaseDataKeeper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The council's mailbox, read from a real IMAP server (GreenMail, in the test JVM) that also takes the email Redress
 * sends over SMTP: what arrives goes to triage or onto its case, once each, whatever stops or runs twice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailboxIT {

    private static final GreenMail MAIL = start();

    private static GreenMail start() {
        GreenMail server = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("redress.notification.from", () -> "complaints@council.example");
    }

    @Autowired MailboxPoller poller;
    @Autowired Casework casework;
    @Autowired JdbcClient db;
    @Autowired MockMvc mvc;
    @Autowired ReceivedEmails receivedEmails;

    @Autowired TestCouncil council;
    Mailbox mailbox;
    GreenMailUser inbox;

    @BeforeEach
    void council() {
        String login = "complaints." + council.prefix + "@council.example";
        inbox = MAIL.setUser(login, login, "mailbox-password");
        mailbox = new InboxProperties("127.0.0.1", MAIL.getImap().getPort(), login, "mailbox-password", "imap", null,
                null, null).mailbox();
    }

    // ---- the tests ----------------------------------------------------------------------------------------------

    @Test
    void anEmailToTheMailboxIsInTriageAfterOnePollWithItsFilesChecked() throws Exception {
        deliver(email("Mrs A Patel", "a.patel@example.com", "Potholes on Mill Lane",
                "The potholes on Mill Lane have been there since March.", null, Map.of()),
                Map.of("photo.pdf", "%PDF-1.4 a photo of the pothole".getBytes(StandardCharsets.US_ASCII),
                        "run-me.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));

        assertThat(poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING).stored()).isEqualTo(1);

        List<Object> waiting = JsonPath.read(api(get("/api/v1/inbox")), "$[*].subject");
        assertThat(waiting).containsExactly("Potholes on Mill Lane");
        assertThat(db.sql("""
                select a.file_name, a.content_type, a.refused from inbox_attachment a
                join inbox_message m on m.id = a.inbox_message_id where m.authority_id = ? order by a.file_name""")
                .param(authority()).query().listOfRows())
                .extracting(r -> r.get("file_name") + " " + r.get("content_type") + " " + (r.get("refused") != null))
                .containsExactly("photo.pdf application/pdf false", "run-me.exe null true");
        assertThat(unseen()).as("marked read once stored").isZero();
    }

    @Test
    void turningAnEmailIntoACaseKeepsTheSenderTheTextAndTheFiles() throws Exception {
        deliver(email("Mrs A Patel", "a.patel@example.com", "Potholes on Mill Lane",
                "The potholes on Mill Lane have been there since March.", null, Map.of()),
                Map.of("photo.pdf", "%PDF-1.4 a photo of the pothole".getBytes(StandardCharsets.US_ASCII)));
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        long id = ((Number) JsonPath.read(api(get("/api/v1/inbox")), "$[0].id")).longValue();

        String created = mvc.perform(as(council.feedbackTeam, post("/api/v1/inbox/" + id + "/case"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"complaint\",\"serviceId\":" + council.highways.id() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(created, "$.reference");

        assertThat((String) JsonPath.read(created, "$.channel")).isEqualTo("email");
        assertThat((String) JsonPath.read(created, "$.customer.email")).isEqualTo("a.patel@example.com");
        assertThat((String) JsonPath.read(created, "$.customer.name")).isEqualTo("Mrs A Patel");
        assertThat((String) JsonPath.read(created, "$.description"))
                .isEqualTo("The potholes on Mill Lane have been there since March.");
        List<String> files = JsonPath.read(api(get("/api/v1/cases/" + reference)), "$.attachments[*].fileName");
        assertThat(files).containsExactly("photo.pdf");
        String letters = api(get("/api/v1/cases/" + reference + "/correspondence"));
        assertThat((List<String>) JsonPath.read(letters, "$[*].direction")).containsExactly("in");
        assertThat((List<String>) JsonPath.read(letters, "$[0].attachments[*].name")).containsExactly("photo.pdf");
        assertThat((List<Object>) JsonPath.read(api(get("/api/v1/inbox")), "$")).isEmpty();
    }

    @Test
    void aReplyToAnEmailRedressSentJoinsItsCaseAndFlagsIt() throws Exception {
        FeedbackCase c = complaint("b.jones." + council.prefix + "@example.com");
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 20), Outcome.NOT_UPHELD,
                "The road was gritted twice that night.", null);
        MimeMessage sent = awaitSentTo("b.jones." + council.prefix + "@example.com");
        String sentId = sent.getMessageID();
        assertThat(sentId).isEqualTo(db.sql("select message_id from notification_outbox where case_id = ?")
                .param(c.id()).query(String.class).single());

        deliver(email("Mr B Jones", "b.jones." + council.prefix + "@example.com", "Re: Our response",
                "I do not accept that: nobody gritted it.", sentId, Map.of()), Map.of());
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertOnCase(c, "reply", "I do not accept that: nobody gritted it.");
    }

    @Test
    void anEmailNamingACaseReferenceInItsSubjectJoinsThatCase() throws Exception {
        FeedbackCase c = complaint("b.jones@example.com");

        deliver(email("Mr B Jones", "someone.else@example.com", "About my complaint " + c.reference(),
                "I have more photos of the road.", null, Map.of()), Map.of());
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertOnCase(c, "reference", "I have more photos of the road.");
    }

    @Test
    void anOutOfOfficeReplyIsKeptButIsNotInTriageAndGetsNoAnswer() throws Exception {
        String address = "away." + council.prefix + "@example.com";
        deliver(email("Away Person", address, "Automatic reply: Our response",
                "I am out of the office until Monday.", null, Map.of("Auto-Submitted", "auto-replied")), Map.of());

        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertThat(db.sql("select status || ' ' || automatic from inbox_message where authority_id = ?")
                .param(authority()).query(String.class).single()).isEqualTo("automatic auto_submitted");
        assertThat((List<Object>) JsonPath.read(api(get("/api/v1/inbox")), "$")).isEmpty();
        assertThat(db.sql("select count(*) from notification_outbox where recipient = ?").param(address)
                .query(Long.class).single()).isZero();
    }

    @Test
    void pollingTwiceStoresEachEmailOnce() throws Exception {
        deliverThree();

        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        markAllUnread();
        MailboxPoller.Result again = poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertThat(again).isEqualTo(new MailboxPoller.Result(0, 3));
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void twoPollersAtOnceStoreEachEmailOnce() throws Exception {
        deliverThree();
        Callable<MailboxPoller.Result> poll = () -> poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<MailboxPoller.Result> first = two.submit(poll);
            Future<MailboxPoller.Result> second = two.submit(poll);
            first.get();
            second.get();
        } finally {
            two.shutdown();
        }

        assertThat(stored()).isEqualTo(3);
        assertThat(db.sql("select count(distinct dedupe_key) from inbox_message where authority_id = ?")
                .param(authority()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPollStoppedAfterStoringButBeforeMarkingReadStoresNothingTwiceWhenRunAgain() throws Exception {
        deliverThree();

        assertThatThrownBy(() -> poller.poll(authority(), mailbox, () -> {
            throw new IllegalStateException("the instance stopped");
        })).hasMessage("the instance stopped");
        assertThat(stored()).isEqualTo(1);
        assertThat(unseen()).as("the stored email was never marked read").isEqualTo(3);

        MailboxPoller.Result restarted = poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertThat(restarted).isEqualTo(new MailboxPoller.Result(2, 1));
        assertThat(stored()).isEqualTo(3);
        assertThat(unseen()).isZero();
    }

    @Test
    void anEmailWithNoMessageIdIsStoredOnceByItsContent() throws Exception {
        MimeMessage m = email("Mrs A Patel", "a.patel@example.com", "No id", "Hello", null, Map.of());
        m.removeHeader("Message-ID");
        inbox.deliver(m);

        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        markAllUnread();
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        assertThat(db.sql("select dedupe_key from inbox_message where authority_id = ?").param(authority())
                .query(String.class).single()).startsWith("sha256:");
    }

    @Test
    void onlyTheFeedbackTeamAndAdministratorsSeeTheInbox() throws Exception {
        mvc.perform(as(council.highwaysOfficer, get("/api/v1/inbox"))).andExpect(status().isForbidden());
    }

    @Test
    void theEmailsOnACaseAreHandedOverForSubjectAccessAndRemovedWithItsPersonalData() throws Exception {
        FeedbackCase c = complaint("b.jones@example.com");
        deliver(email("Mr B Jones", "b.jones@example.com", "Re: " + c.reference(), "My neighbour saw it too.", null,
                Map.of()), Map.of("photo.pdf", "%PDF-1.4 the road".getBytes(StandardCharsets.US_ASCII)));
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        List<CaseDataKeeper.ExportedFile> exported = receivedEmails.export(authority(), c.id());
        assertThat(exported).singleElement().satisfies(f -> assertThat(new String(f.content(), StandardCharsets.UTF_8))
                .contains("From: Mr B Jones <b.jones@example.com>").contains("File: photo.pdf")
                .contains("My neighbour saw it too."));

        receivedEmails.anonymise(authority(), c.id(), "[removed under the retention policy]");

        assertThat(db.sql("select from_address || ' ' || body from inbox_message where case_id = ?").param(c.id())
                .query(String.class).single()).isEqualTo("[removed] [removed under the retention policy]");
        assertThat(db.sql("""
                select count(*) from inbox_attachment a join inbox_message m on m.id = a.inbox_message_id
                where m.case_id = ? and a.content is not null""").param(c.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCaseFromAnEmailWithAnUnknownTypeIsRefusedNamingTheField() throws Exception {
        deliverThree();
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        mvc.perform(as(council.feedbackTeam, post("/api/v1/inbox/" + waitingId() + "/case"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"grumble\",\"serviceId\":" + council.highways.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("type")));
    }

    // ---- the pages -------------------------------------------------------------------------------------------------

    @Test
    void theFeedbackTeamTurnsAnEmailIntoACaseFromTheTriagePage() throws Exception {
        deliver(email("Mrs A Patel", "a.patel@example.com", "Potholes on Mill Lane",
                "The potholes on Mill Lane have been there since March.", null, Map.of()),
                Map.of("photo.pdf", "%PDF-1.4 a photo of the pothole".getBytes(StandardCharsets.US_ASCII)));
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        long id = waitingId();

        mvc.perform(get("/staff/inbox").with(user(council.feedbackTeam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Potholes on Mill Lane")));
        mvc.perform(get("/staff/inbox/" + id).with(user(council.feedbackTeam))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"a.patel@example.com\"")))
                .andExpect(content().string(containsString("have been there since March")));
        String location = mvc.perform(post("/staff/inbox/" + id + "/case").with(user(council.feedbackTeam)).with(csrf())
                        .param("type", "complaint").param("serviceId", String.valueOf(council.highways.id()))
                        .param("customerName", "Mrs A Patel").param("customerEmail", "a.patel@example.com")
                        .param("description", "The potholes on Mill Lane have been there since March.")
                        .param("receivedOn.day", "4").param("receivedOn.month", "1").param("receivedOn.year", "2021"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String reference = location.substring(location.lastIndexOf('/') + 1);

        FeedbackCase c = casework.findCase(authority(), reference).orElseThrow();
        assertThat(c.customer().email()).isEqualTo("a.patel@example.com");
        assertThat(c.channel()).isEqualTo(Channel.EMAIL);
        assertThat(db.sql("select file_name from case_attachment where case_id = ?").param(c.id())
                .query(String.class).list()).containsExactly("photo.pdf");
        mvc.perform(get("/staff/cases/" + reference + "/correspondence").with(user(council.feedbackTeam)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("have been there since March")));
    }

    @Test
    void anEmailTriagedWithoutWhatEachActionNeedsIsShownAgainNamingTheField() throws Exception {
        deliverThree();
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        long id = waitingId();

        mvc.perform(post("/staff/inbox/" + id + "/set-aside").with(user(council.feedbackTeam)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select why the email is being set aside")));
        mvc.perform(post("/staff/inbox/" + id + "/add").with(user(council.feedbackTeam)).with(csrf())
                        .param("reference", "FB9999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no case FB9999999")));
        mvc.perform(post("/staff/inbox/" + id + "/case").with(user(council.feedbackTeam)).with(csrf())
                        .param("type", "complaint").param("customerEmail", "not an address")
                        .param("receivedOn.day", "4").param("receivedOn.month", "1").param("receivedOn.year", "2021"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#serviceId\"")))
                .andExpect(content().string(containsString("href=\"#customerEmail\"")));
        assertThat(db.sql("select status from inbox_message where id = ?").param(id).query(String.class).single())
                .isEqualTo("triage");
    }

    @Test
    void anEmailSetAsideLeavesTheInboxAndIsKeptWithItsReason() throws Exception {
        deliverThree();
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);
        long id = waitingId();

        mvc.perform(post("/staff/inbox/" + id + "/set-aside").with(user(council.feedbackTeam)).with(csrf())
                .param("reason", "spam")).andExpect(status().is3xxRedirection());

        assertThat(db.sql("select status || ' ' || set_aside_reason from inbox_message where id = ?").param(id)
                .query(String.class).single()).isEqualTo("set_aside spam");
        assertThat((List<Object>) JsonPath.read(api(get("/api/v1/inbox")), "$")).hasSize(2);
    }

    @Test
    void aCaseWithNewCorrespondenceSaysSoOnTheCaseAndInTheQueueUntilItsHandlerMarksItRead() throws Exception {
        FeedbackCase c = complaint("b.jones@example.com");
        deliver(email("Mr B Jones", "b.jones@example.com", "Re: " + c.reference(), "More photos.", null, Map.of()),
                Map.of());
        poller.poll(authority(), mailbox, MailboxPoller.AfterStored.NOTHING);

        mvc.perform(get("/staff/cases/" + c.reference()).with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("New correspondence")));
        mvc.perform(get("/staff?view=unassigned").with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString("New correspondence")));
        mvc.perform(post("/staff/cases/" + c.reference() + "/correspondence").with(user(council.feedbackTeam))
                .with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/staff/cases/" + c.reference()).with(user(council.feedbackTeam)))
                .andExpect(content().string(not(containsString("New correspondence"))))
                .andExpect(content().string(containsString("1 email received")));
        mvc.perform(get("/staff?view=unassigned").with(user(council.feedbackTeam)))
                .andExpect(content().string(containsString(c.reference())))
                .andExpect(content().string(not(containsString("New correspondence"))));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void assertOnCase(FeedbackCase c, String joinedBy, String text) {
        Map<String, Object> row = db.sql("select status, case_id, joined_by, new_on_case from inbox_message where authority_id = ?")
                .param(authority()).query().singleRow();
        assertThat(row).containsEntry("status", "case").containsEntry("joined_by", joinedBy)
                .containsEntry("new_on_case", true);
        assertThat(((Number) row.get("case_id")).longValue()).isEqualTo(c.id());
        assertThat(db.sql("select words from case_event where case_id = ? and action = 'correspondence_received'")
                .param(c.id()).query(String.class).single()).isEqualTo(text);
    }

    private FeedbackCase complaint(String email) {
        return casework.log(council.feedbackTeam, new NewCase(FeedbackType.COMPLAINT, Channel.PHONE,
                LocalDate.of(2021, 1, 4), council.highways.id(), null, "The gritter never came", null,
                new Contact("Mr B Jones", email, null, null), null, null, List.of(), List.of(), null));
    }

    private long waitingId() throws Exception {
        return ((Number) JsonPath.read(api(get("/api/v1/inbox")), "$[0].id")).longValue();
    }

    private long authority() {
        return council.authority.id();
    }

    private long stored() {
        return db.sql("select count(*) from inbox_message where authority_id = ?").param(authority())
                .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder as(StaffUser user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user.getUsername(), TestCouncil.PASSWORD));
    }

    private String api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(council.feedbackTeam, request)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void deliverThree() throws Exception {
        for (int i = 1; i <= 3; i++) {
            deliver(email("Person " + i, "person" + i + "@example.com", "Email " + i, "Text " + i, null, Map.of()),
                    Map.of());
        }
    }

    private MimeMessage email(String name, String from, String subject, String text, String inReplyTo,
            Map<String, String> headers) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from, name));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(inbox.getEmail()));
        m.setSubject(subject);
        m.setText(text, "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", "<" + java.util.UUID.randomUUID() + "@example.com>");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        headers.forEach((k, v) -> {
            try {
                m.setHeader(k, v);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        return m;
    }

    private void deliver(MimeMessage m, Map<String, byte[]> files) throws Exception {
        if (!files.isEmpty()) {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText((String) m.getContent(), "UTF-8");
            mixed.addBodyPart(text);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setContent(f.getValue(), "application/octet-stream");
                part.setFileName(f.getKey());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            String id = m.getMessageID();
            m.setContent(mixed);
            m.saveChanges();
            m.setHeader("Message-ID", id);
        }
        inbox.deliver(m);
    }

    private MimeMessage awaitSentTo(String recipient) throws Exception {
        long until = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < until) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email to " + recipient);
    }

    private int unseen() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return folder.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
            } finally {
                folder.close(false);
            }
        }
    }

    private void markAllUnread() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", MAIL.getImap().getPort(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            folder.setFlags(folder.getMessages(), new Flags(Flags.Flag.SEEN), false);
            folder.close(false);
        }
    }
}
