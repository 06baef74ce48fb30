package org.redress.intake;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.redress.platform.DateInput;

/**
 * Everything a person has answered so far, kept in their session between pages, as typed (so nothing is lost when a
 * page is shown again with errors). Serializable so sessions can live in a database.
 */
public class Answers implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    String kind;
    Long topicId;
    String whatHappened;
    String happenedDay;
    String happenedMonth;
    String happenedYear;
    String wantedOutcome;
    String behalf;
    String theirName;
    String relationship;
    boolean consent;
    String name;
    String email;
    String phone;
    String address;
    String contactBy;
    /** Key of the files added so far (see {@link Uploads}); null until the first. */
    String uploadKey;

    /** A copy to take a page's answers into, kept in the session only once they pass the page's checks. */
    Answers copy() {
        Answers a = new Answers();
        a.kind = kind;
        a.topicId = topicId;
        a.whatHappened = whatHappened;
        a.happenedDay = happenedDay;
        a.happenedMonth = happenedMonth;
        a.happenedYear = happenedYear;
        a.wantedOutcome = wantedOutcome;
        a.behalf = behalf;
        a.theirName = theirName;
        a.relationship = relationship;
        a.consent = consent;
        a.name = name;
        a.email = email;
        a.phone = phone;
        a.address = address;
        a.contactBy = contactBy;
        a.uploadKey = uploadKey;
        return a;
    }

    DateInput happenedOn() {
        DateInput d = new DateInput();
        d.setDay(happenedDay);
        d.setMonth(happenedMonth);
        d.setYear(happenedYear);
        return d;
    }

    boolean onBehalf() {
        return "yes".equals(behalf);
    }

    /** The page's fields as last answered, to show the page again. */
    IntakeForm toForm() {
        IntakeForm f = new IntakeForm();
        f.setKind(kind);
        f.setTopicId(topicId);
        f.setWhatHappened(whatHappened);
        f.setHappenedOn(happenedOn());
        f.setWantedOutcome(wantedOutcome);
        f.setBehalf(behalf);
        f.setTheirName(theirName);
        f.setRelationship(relationship);
        f.setConsent(consent ? new ArrayList<>(List.of("yes")) : new ArrayList<>());
        f.setName(name);
        f.setEmail(email);
        f.setPhone(phone);
        f.setAddress(address);
        f.setContactBy(contactBy);
        return f;
    }

    public String getKind() { return kind; }
    public Long getTopicId() { return topicId; }
    public String getWhatHappened() { return whatHappened; }
    public String getWantedOutcome() { return wantedOutcome; }
    public String getBehalf() { return behalf; }
    public String getTheirName() { return theirName; }
    public String getRelationship() { return relationship; }
    public boolean isConsent() { return consent; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getContactBy() { return contactBy; }
}
