package org.redress.ombudsman;

import org.redress.platform.DateInput;

/** The record/edit form of an Ombudsman case, kept as typed so mistakes are shown back. */
public class CaseForm {

    private Integer version;
    private String ombudsmanReference;
    private String caseReference;
    private String category;
    private Long directorateId;
    private Long serviceId;
    private DateInput receivedOn = new DateInput();
    private DateInput decidedOn = new DateInput();
    private String decision;
    private String councilView;
    private boolean remediedByAuthority;
    private boolean publicReport;
    private String decisionSummary;
    /** Set by the "Replace names with letters" button: rewrite the summary, save nothing. */
    private boolean letters;

    static CaseForm of(OmbudsmanCase c) {
        CaseForm form = new CaseForm();
        form.version = c.version();
        form.ombudsmanReference = c.ombudsmanReference();
        form.caseReference = c.caseReference();
        form.category = c.category().key();
        form.directorateId = c.directorateId();
        form.serviceId = c.serviceId();
        form.receivedOn = DateInput.of(c.receivedOn());
        form.decidedOn = DateInput.of(c.decidedOn());
        form.decision = c.decision() == null ? null : c.decision().key();
        form.councilView = c.councilView() == null ? null : c.councilView().key();
        form.remediedByAuthority = c.remediedByAuthority();
        form.publicReport = c.publicReport();
        form.decisionSummary = c.decisionSummary();
        return form;
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getOmbudsmanReference() { return ombudsmanReference; }
    public void setOmbudsmanReference(String ombudsmanReference) { this.ombudsmanReference = ombudsmanReference; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Long getDirectorateId() { return directorateId; }
    public void setDirectorateId(Long directorateId) { this.directorateId = directorateId; }
    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
    public DateInput getReceivedOn() { return receivedOn; }
    public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
    public DateInput getDecidedOn() { return decidedOn; }
    public void setDecidedOn(DateInput decidedOn) { this.decidedOn = decidedOn; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getCouncilView() { return councilView; }
    public void setCouncilView(String councilView) { this.councilView = councilView; }
    public boolean isRemediedByAuthority() { return remediedByAuthority; }
    public void setRemediedByAuthority(boolean remediedByAuthority) { this.remediedByAuthority = remediedByAuthority; }
    public boolean isPublicReport() { return publicReport; }
    public void setPublicReport(boolean publicReport) { this.publicReport = publicReport; }
    public String getDecisionSummary() { return decisionSummary; }
    public boolean isLetters() { return letters; }
    public void setLetters(boolean letters) { this.letters = letters; }
    public void setDecisionSummary(String decisionSummary) { this.decisionSummary = decisionSummary; }
}
