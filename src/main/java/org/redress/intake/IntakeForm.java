package org.redress.intake;

import java.util.ArrayList;
import java.util.List;

import org.redress.platform.DateInput;
import org.springframework.web.multipart.MultipartFile;

/**
 * One page of the form as posted, bound fresh on each request: only the current page's fields are copied into the
 * session's {@link Answers}, so a page cannot change another page's answers.
 */
public class IntakeForm {

    private String kind;
    private Long topicId;
    private String whatHappened;
    private DateInput happenedOn = new DateInput();
    private String wantedOutcome;
    private String behalf;
    private String theirName;
    private String relationship;
    private List<String> consent = new ArrayList<>();
    private String name;
    private String email;
    private String phone;
    private String address;
    private String contactBy;
    /** Left empty by people; a robot filling in every field gives itself away. */
    private String website;
    private String submissionKey;
    /** Files chosen on the files page; only that page reads them. */
    private List<MultipartFile> files = new ArrayList<>();

    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getTopicId() { return topicId; }
    public void setTopicId(Long topicId) { this.topicId = topicId; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public DateInput getHappenedOn() { return happenedOn; }
    public void setHappenedOn(DateInput happenedOn) { this.happenedOn = happenedOn; }
    public String getWantedOutcome() { return wantedOutcome; }
    public void setWantedOutcome(String wantedOutcome) { this.wantedOutcome = wantedOutcome; }
    public String getBehalf() { return behalf; }
    public void setBehalf(String behalf) { this.behalf = behalf; }
    public String getTheirName() { return theirName; }
    public void setTheirName(String theirName) { this.theirName = theirName; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getConsent() { return consent; }
    public void setConsent(List<String> consent) { this.consent = consent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getContactBy() { return contactBy; }
    public void setContactBy(String contactBy) { this.contactBy = contactBy; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
}
