package org.redress.casework;

import java.util.ArrayList;
import java.util.List;

import org.redress.platform.DateInput;

/** The log-a-case form as typed, kept as text so that nothing a person typed is lost when it is shown again. */
public class CaseForm {

    private String type;
    private String channel;
    private DateInput receivedOn = new DateInput();
    private Long serviceId;
    private String procedureCode;
    private String description;
    private String desiredOutcome;
    private ContactForm customer = new ContactForm();
    private ContactForm representative = new ContactForm();
    private String representativeRelationship;
    private List<String> reasons = new ArrayList<>();
    private String tags;
    private Long assignTo;

    public static class ContactForm {
        private String name;
        private String email;
        private String phone;
        private String address;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }

        Contact toContact() {
            return new Contact(name, email, phone, address);
        }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public DateInput getReceivedOn() { return receivedOn; }
    public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
    public Long getServiceId() { return serviceId; }
    public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
    public String getProcedureCode() { return procedureCode; }
    public void setProcedureCode(String procedureCode) { this.procedureCode = procedureCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getDesiredOutcome() { return desiredOutcome; }
    public void setDesiredOutcome(String desiredOutcome) { this.desiredOutcome = desiredOutcome; }
    public ContactForm getCustomer() { return customer; }
    public void setCustomer(ContactForm customer) { this.customer = customer; }
    public ContactForm getRepresentative() { return representative; }
    public void setRepresentative(ContactForm representative) { this.representative = representative; }
    public String getRepresentativeRelationship() { return representativeRelationship; }
    public void setRepresentativeRelationship(String r) { this.representativeRelationship = r; }
    public List<String> getReasons() { return reasons; }
    public void setReasons(List<String> reasons) { this.reasons = reasons; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public Long getAssignTo() { return assignTo; }
    public void setAssignTo(Long assignTo) { this.assignTo = assignTo; }
}
