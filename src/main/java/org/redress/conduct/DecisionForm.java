package org.redress.conduct;

import org.redress.platform.DateInput;

/** The form recording the Monitoring Officer's decision on a conduct complaint. */
public class DecisionForm {

    private Integer version;
    private String outcome;
    private DateInput decidedOn = new DateInput();

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public DateInput getDecidedOn() { return decidedOn; }
    public void setDecidedOn(DateInput decidedOn) { this.decidedOn = decidedOn; }
}
