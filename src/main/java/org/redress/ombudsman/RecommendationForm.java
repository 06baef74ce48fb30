package org.redress.ombudsman;

import org.redress.platform.DateInput;

/** Adding a recommendation, marking it done, or recording the Ombudsman's compliance outcome. */
public class RecommendationForm {

    private Integer version;
    private String type;
    private String description;
    private String amount;
    private DateInput dueOn = new DateInput();
    private DateInput date = new DateInput();
    private String evidence;
    private String compliance;

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public DateInput getDueOn() { return dueOn; }
    public void setDueOn(DateInput dueOn) { this.dueOn = dueOn; }
    public DateInput getDate() { return date; }
    public void setDate(DateInput date) { this.date = date; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getCompliance() { return compliance; }
    public void setCompliance(String compliance) { this.compliance = compliance; }
}
