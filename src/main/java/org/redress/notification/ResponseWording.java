package org.redress.notification;

import java.util.List;

/**
 * The built-in wording of responses and messages to the customer. A response says what the Complaint Handling Code
 * asks of every response: the stage, the decision on each point and the reasons, the remedy and any action still to
 * come with its date, and how to take the complaint further (the next stage and by when, or at the final stage the
 * Ombudsman, its details and its 12-month time limit). The parts in [square brackets] are for the officer to write.
 */
final class ResponseWording {

    /** Where a response stands in the procedure, which decides how it tells the customer to take it further. */
    enum Point {
        FIRST, LATER, FINAL
    }

    static final List<String> RESPONSE_PLACEHOLDERS = List.of("name", "reference", "council", "feedback", "stage",
            "stage_name", "received_date", "response_date", "outcome", "remedy", "actions", "next_stage",
            "next_stage_name", "next_stage_by", "ombudsman", "ombudsman_by", "link", "signatory", "stage_in_full",
            "next_stage_in_full");

    static final List<String> MESSAGE_PLACEHOLDERS = List.of("name", "reference", "council", "feedback", "stage",
            "received_date", "due_date", "link", "signatory");

    private ResponseWording() {
    }

    static String subject(Point point) {
        return point == Point.FINAL ? "Our final response to your ((feedback)) ((reference))"
                : "Our stage ((stage)) response to your ((feedback)) ((reference))";
    }

    static String body(Point point, boolean upheld) {
        return "Dear ((name)),\n\n"
                + "This is our " + (point == Point.FINAL ? "final response, at " : "response at ")
                + "((stage_in_full)) of our complaints procedure, to the ((feedback)) you made on "
                + "((received_date)), reference ((reference)).\n\n"
                + "Our decision\n\n"
                + "We have ((outcome)) your complaint.\n\n"
                + "[For each point of your complaint, say what you found and your decision on it.]\n\n"
                + "Our reasons\n\n"
                + "[Say why you reached each decision, and what you looked at to reach it.]\n\n"
                + (upheld
                        ? "Putting things right\n\nWe are sorry for what went wrong. To put it right we will:\n\n((remedy))\n\n"
                        : "")
                + "What happens next\n\n((actions))\n\n"
                + "If you are not satisfied\n\n" + further(point)
                + "Yours sincerely,\n\n((signatory))\n((council))\n";
    }

    private static String further(Point point) {
        if (point == Point.FINAL) {
            return "This is the final stage of our complaints procedure. If you are still not satisfied, you can ask "
                    + "the ((ombudsman)) to look at your complaint. It usually expects you to ask within 12 months "
                    + "of our final response, that is by ((ombudsman_by)).\n\n"
                    + "Local Government and Social Care Ombudsman\n"
                    + "Website: www.lgo.org.uk\n"
                    + "Telephone: 0300 061 0614\n"
                    + "Post: PO Box 4771, Coventry CV4 0EH\n\n";
        }
        return "If you are not satisfied with this response, you can ask for your complaint to be looked at again at "
                + "((next_stage_in_full)). Please ask by ((next_stage_by)), quoting ((reference)): "
                + "reply to this letter, or use this link: ((link))\n\n";
    }

    static final String MORE_INFORMATION_SUBJECT = "We need more information about your ((feedback)) ((reference))";

    static final String MORE_INFORMATION_BODY = """
            Dear ((name)),

            Thank you for your ((feedback)) to ((council)), reference ((reference)).

            To look into it properly we need some more information from you:

            [Say what you need, and why.]

            Please reply to this email or letter, quoting ((reference)).

            Yours sincerely,

            ((signatory))
            ((council))
            """;

    static final String HOLDING_SUBJECT = "An update on your ((feedback)) ((reference))";

    static final String HOLDING_BODY = """
            Dear ((name)),

            We are still looking into your ((feedback)), reference ((reference)), and want to let you know where it has got to.

            [Say what has been done so far and what is still to do.]

            We will reply in full by ((due_date)). You can see where it has got to at any time: ((link))

            Yours sincerely,

            ((signatory))
            ((council))
            """;
}
