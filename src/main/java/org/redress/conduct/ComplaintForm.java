package org.redress.conduct;

import org.redress.platform.DateInput;

/** The form recording a new conduct complaint, kept as typed so mistakes are shown back. */
public class ComplaintForm {

    private DateInput receivedOn = new DateInput();
    private String councillor;
    private String complainant;
    private String summary;

    public DateInput getReceivedOn() { return receivedOn; }
    public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
    public String getCouncillor() { return councillor; }
    public void setCouncillor(String councillor) { this.councillor = councillor; }
    public String getComplainant() { return complainant; }
    public void setComplainant(String complainant) { this.complainant = complainant; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
