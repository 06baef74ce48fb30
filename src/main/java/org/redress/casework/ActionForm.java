package org.redress.casework;

import org.redress.platform.DateInput;

/** One form object for every step on a case; each step's page shows only the fields it needs. */
public class ActionForm {

    private Integer version;
    private DateInput date = new DateInput();
    private String outcome;
    private String summary;
    private String delayReason;
    private String reason;
    private String workingDays;
    private Long staffId;
    private String remedyKind;
    private String text;
    private boolean followUp;
    private String paymentKind;
    private String amount;
    private String source;
    private Long directorateId;
    private boolean longerAgreed;
    private Long remedyId;

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public DateInput getDate() { return date; }
    public void setDate(DateInput date) { this.date = date; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDelayReason() { return delayReason; }
    public void setDelayReason(String delayReason) { this.delayReason = delayReason; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getWorkingDays() { return workingDays; }
    public void setWorkingDays(String workingDays) { this.workingDays = workingDays; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public String getRemedyKind() { return remedyKind; }
    public void setRemedyKind(String remedyKind) { this.remedyKind = remedyKind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isFollowUp() { return followUp; }
    public void setFollowUp(boolean followUp) { this.followUp = followUp; }
    public String getPaymentKind() { return paymentKind; }
    public void setPaymentKind(String paymentKind) { this.paymentKind = paymentKind; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public boolean isLongerAgreed() { return longerAgreed; }
    public void setLongerAgreed(boolean longerAgreed) { this.longerAgreed = longerAgreed; }
    public Long getRemedyId() { return remedyId; }
    public void setRemedyId(Long remedyId) { this.remedyId = remedyId; }
}
