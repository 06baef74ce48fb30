package org.redress.notification;

import java.util.List;

/**
 * The emails Redress sends, each with its built-in wording and the ((placeholders)) it may use. A council can reword
 * any of them; placeholders are the GOV.UK Notify convention, so the same text works with either sender.
 */
enum EmailTemplate {

    ACKNOWLEDGEMENT("Complaint received", "Sent to the public when a complaint arrives through the online form, or when staff acknowledge one that has an email address",
            List.of("name", "reference", "council", "feedback", "due_date", "link"),
            "We have received your complaint ((reference))",
            """
            Dear ((name)),

            Thank you for your complaint to ((council)). Your reference is ((reference)).

            We will reply by ((due_date)). If we need more time, we will tell you why and when you can expect our reply.

            You can see where your complaint has got to at any time:
            ((link))

            ((council))
            """),
    THANKS("Comment or compliment received", "Sent to the public when a comment or compliment arrives through the online form, or when staff acknowledge one that has an email address",
            List.of("name", "reference", "council", "feedback", "link"),
            "Thank you for your ((feedback)) ((reference))",
            """
            Dear ((name)),

            Thank you for your ((feedback)) to ((council)). Your reference is ((reference)).

            We have passed it to the team it is about. You can see it here:
            ((link))

            ((council))
            """),
    RESPONSE_SENT("Response sent", "Sent to the customer when staff record that a stage's response was sent",
            List.of("name", "reference", "council", "feedback", "stage", "link"),
            "Our response to your ((feedback)) ((reference))",
            """
            Dear ((name)),

            We have sent our response to your ((feedback)) ((reference)).

            You can read it, and if you are not happy with it find out what you can do next, here:
            ((link))

            ((council))
            """),
    STAGE_REQUESTED("Next stage requested", "Sent to the customer when they ask for the next stage of their complaint",
            List.of("name", "reference", "council", "feedback", "stage", "due_date", "link"),
            "We have received your request for a review of ((reference))",
            """
            Dear ((name)),

            We have received your request for your complaint ((reference)) to be looked at again (stage ((stage))).

            We will reply by ((due_date)). You can see where it has got to here:
            ((link))

            ((council))
            """),
    ACKNOWLEDGEMENT_LETTER("Acknowledgement letter",
            "Printed and posted when feedback logged by staff has no email address to acknowledge it by",
            List.of("name", "reference", "council", "feedback", "received_date", "due_date"),
            "Your ((feedback)): reference ((reference))",
            """
            Dear ((name)),

            Thank you for your ((feedback)) to ((council)), which we received on ((received_date)). Your reference is ((reference)); please quote it whenever you contact us about it.

            We will reply by ((due_date)). If we need more time, we will write to tell you why and when you can expect our reply.

            Yours faithfully,

            ((council))
            """),
    STAFF_REMINDER("Daily deadline reminder", "Sent each working morning to officers with cases due within 2 working days or overdue",
            List.of("name", "council", "count", "cases", "link"),
            "Cases due soon or overdue: ((count))",
            """
            Dear ((name)),

            These cases assigned to you are overdue or due within 2 working days:

            ((cases))

            Your work queue: ((link))
            """),
    RESPONSE_FIRST_UPHELD("Stage 1 response: upheld or partly upheld",
            "The letter an officer starts from when answering stage 1 of a complaint upheld in whole or in part",
            ResponseWording.Point.FIRST, true),
    RESPONSE_FIRST_NOT_UPHELD("Stage 1 response: not upheld",
            "The letter an officer starts from when answering stage 1 of a complaint not upheld (or feedback with no "
                    + "finding)", ResponseWording.Point.FIRST, false),
    RESPONSE_LATER_UPHELD("Stage 2 response: upheld or partly upheld",
            "The letter for a later stage that is not the procedure's last, upheld in whole or in part",
            ResponseWording.Point.LATER, true),
    RESPONSE_LATER_NOT_UPHELD("Stage 2 response: not upheld",
            "The letter for a later stage that is not the procedure's last, not upheld", ResponseWording.Point.LATER, false),
    RESPONSE_FINAL_UPHELD("Final response: upheld or partly upheld",
            "The letter at the procedure's last stage (the statutory final response), upheld in whole or in part: "
                    + "gives the Ombudsman's details and its 12-month time limit", ResponseWording.Point.FINAL, true),
    RESPONSE_FINAL_NOT_UPHELD("Final response: not upheld",
            "The letter at the procedure's last stage, not upheld: gives the Ombudsman's details and its 12-month "
                    + "time limit", ResponseWording.Point.FINAL, false),
    MORE_INFORMATION("Asking for more information", "A message from the case asking the customer for more information",
            ResponseWording.MESSAGE_PLACEHOLDERS, ResponseWording.MORE_INFORMATION_SUBJECT,
            ResponseWording.MORE_INFORMATION_BODY),
    HOLDING_REPLY("Holding reply", "A message from the case telling the customer where their case has got to",
            ResponseWording.MESSAGE_PLACEHOLDERS, ResponseWording.HOLDING_SUBJECT, ResponseWording.HOLDING_BODY),
    OMBUDSMAN_REMINDER("Ombudsman recommendations due",
            "Sent to the feedback team when an Ombudsman recommendation is 10 working days from due, 2 days from due, "
                    + "and once overdue",
            List.of("name", "council", "count", "recommendations", "link"),
            "Ombudsman recommendations due soon or overdue: ((count))",
            """
            Dear ((name)),

            The Ombudsman will ask ((council)) for evidence that these recommendations were carried out:

            ((recommendations))

            Record what was done, with the date and evidence, on each Ombudsman case: ((link))
            """);

    private final String title;
    private final String description;
    private final List<String> placeholders;
    private final String defaultSubject;
    private final String defaultBody;

    /** A response's letter: sent by email with the letter as a PDF, or printed; its wording by where it stands. */
    EmailTemplate(String title, String description, ResponseWording.Point point, boolean upheld) {
        this(title, description + "; sent by email with the letter as a PDF, or printed",
                ResponseWording.RESPONSE_PLACEHOLDERS, ResponseWording.subject(point), ResponseWording.body(point, upheld));
    }

    EmailTemplate(String title, String description, List<String> placeholders, String defaultSubject,
            String defaultBody) {
        this.title = title;
        this.description = description;
        this.placeholders = placeholders;
        this.defaultSubject = defaultSubject;
        this.defaultBody = defaultBody;
    }

    public String title() { return title; }
    public String description() { return description; }
    public List<String> placeholders() { return placeholders; }
    public String defaultSubject() { return defaultSubject; }
    public String defaultBody() { return defaultBody; }

    public String key() { return name().toLowerCase(); }

    static EmailTemplate fromKey(String key) {
        for (EmailTemplate t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
