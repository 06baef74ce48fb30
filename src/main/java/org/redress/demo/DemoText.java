package org.redress.demo;

import java.util.Random;

import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackType;
import org.redress.demo.SeedFigures.Svc;

/**
 * Invented people and what they wrote. Names are common British first names and surnames put together at random;
 * email addresses use the reserved example domains and telephone numbers Ofcom's range kept for drama, so nothing
 * here reaches a real person.
 */
final class DemoText {

    private DemoText() {
    }

    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Mia", "Noah",
            "Sophie", "Jack", "Grace", "Jacob", "Lily", "Charlie", "Freya", "Thomas", "Emily", "Oscar", "Ella", "James",
            "Priya", "Mohammed", "Aisha", "Tomasz", "Zofia", "Kwame", "Chloe", "Daniel", "Ruth", "Patrick", "Sian",
            "Arjun", "Hannah", "Samuel", "Leah", "David", "Margaret", "Peter", "Susan", "Graham"};
    private static final String[] LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Jackson", "Clarke", "Khan", "Ahmed", "Nowak", "Mensah", "O'Brien", "Hughes", "Edwards", "Turner",
            "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Lewis", "Young", "Allen", "Begum"};

    static Contact customer(Random random, Channel channel) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String name = first + " " + last;
        String email = null;
        String phone = null;
        if (channel == Channel.EMAIL || channel == Channel.ONLINE || channel == Channel.SOCIAL_MEDIA) {
            email = (first + "." + last).toLowerCase().replace("'", "") + (random.nextInt(90) + 10)
                    + (random.nextBoolean() ? "@example.com" : "@example.org");
        }
        if (channel == Channel.PHONE || random.nextInt(4) == 0) {
            phone = "01632 960" + String.format("%03d", random.nextInt(1000));
        }
        return new Contact(name, email, phone, null);
    }

    static String description(Random random, FeedbackType type, Svc service) {
        String[] lines = switch (type) {
            case COMPLAINT -> complaints(service);
            case COMPLIMENT -> new String[] {"Thank you to the team for their help; they went above and beyond.",
                    "I want to say how kind and patient the officer was with my mother.",
                    "Quick, friendly and sorted first time. Thank you.",
                    "Please pass on my thanks: the service was excellent."};
            case COMMENT -> new String[] {"It would help if the website said more clearly how to book.",
                    "A suggestion: could you offer appointments in the evening?",
                    "The new arrangements seem to be working better than the old ones.",
                    "Could letters be sent by email instead of post?"};
            case ENQUIRY -> service == Svc.LIBRARIES
                    ? new String[] {"Ask a librarian: where can I find the parish records for the 1880s?",
                            "Ask a librarian: can you recommend books on local history for a school project?",
                            "Ask a librarian: how do I borrow e-books with my library card?",
                            "How do I book a ceremony at the register office?"}
                    : new String[] {"Who do I contact about this?", "How do I apply, and how long does it take?",
                            "Can you tell me what the opening hours are?"};
            case MEMBER_ENQUIRY -> new String[] {"The councillor asks on behalf of a resident what is being done.",
                    "Enquiry from the local MP about a constituent's case.",
                    "A councillor asks for an update on the matter raised by residents."};
            case INFORMAL_CONCERN -> new String[] {"I am a bit worried about how this is being handled.",
                    "Not a formal complaint, but I wanted to flag a problem.",
                    "Please could someone look at this before it gets worse."};
            case REPRESENTATION -> new String[] {
                    "Concerns about the support for my child, while the assessment is still going on."};
        };
        return lines[random.nextInt(lines.length)];
    }

    private static String[] complaints(Svc service) {
        return switch (service) {
            case ADULTS -> new String[] {"The financial assessment for my father's care took months and the charges are wrong.",
                    "My mother's care package was reduced without a proper assessment.",
                    "Nobody has returned my calls about the carer's assessment.",
                    "The Blue Badge application has been waiting for weeks."};
            case CHILDRENS_SOCIAL_WORK -> new String[] {"The EHC plan for my son is months late.",
                    "The social worker did not tell me about the meeting.",
                    "Our family was not given the support we were promised."};
            case COMMUNITY_LEARNING -> new String[] {"The course was cancelled at short notice and I was not refunded.",
                    "The online class kept failing and nobody helped."};
            case EDUCATION -> new String[] {"The school transport did not turn up for three days.",
                    "Free school meal vouchers did not arrive.",
                    "The school admission appeal was not handled properly."};
            case EDUCATION_PEOPLE -> new String[] {"The training session was not what was advertised."};
            case ENVIRONMENT -> new String[] {"The public footpath is overgrown and cannot be used.",
                    "I was charged for parking at the country park although I have a pass.",
                    "The planning enforcement team has not acted on my report."};
            case ECONOMIC_DEVELOPMENT -> new String[] {"The business grant application was not answered."};
            case HIGHWAYS -> new String[] {"The pothole I reported months ago is still there and damaged my car.",
                    "I could not book a slot at the household waste and recycling centre.",
                    "The temporary cycle lane has made the junction dangerous.",
                    "The streetlight outside my house has been out for weeks.",
                    "The repair to the road was poor and it has broken up again.",
                    "Staff at the recycling centre were rude to me."};
            case LIBRARIES -> new String[] {"The library was closed without notice.",
                    "I was charged a fine for a book I had returned.",
                    "The register office lost our booking."};
            case FINANCE -> new String[] {"I was sent an invoice for a service I never received."};
            case FOI -> new String[] {"My freedom of information request was not answered in time."};
            case GATEWAYS -> new String[] {"I waited 40 minutes on the phone and was cut off.",
                    "The contact centre gave me the wrong information."};
            case INSURANCE -> new String[] {"My claim has been waiting for a decision for months."};
            case PROPERTY -> new String[] {"The council building is not accessible for wheelchair users."};
            case PUBLIC_HEALTH -> new String[] {"I could not get a test at the local testing site.",
                    "The guidance on the council website was confusing."};
            case OTHER -> new String[] {"Nobody could tell me who deals with this."};
        };
    }
}
