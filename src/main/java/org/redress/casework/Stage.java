package org.redress.casework;

import java.time.LocalDate;

/** One stage of a case under its procedure. Due dates are computed by the procedure module when it starts. */
public final class Stage {

    Long id;
    final int number;
    final LocalDate receivedOn;
    LocalDate acknowledgementDue;
    LocalDate acknowledgedOn;
    LocalDate responseDue;
    LocalDate originalResponseDue;
    int suspendedWorkingDays;
    String extensionReason;
    LocalDate agreedResponseOn;
    LocalDate respondedOn;
    Outcome outcome;
    String responseSummary;
    String delayReason;
    Long handlerId;
    final String escalationReason;

    Stage(Long id, int number, LocalDate receivedOn, LocalDate acknowledgementDue, LocalDate responseDue,
            LocalDate originalResponseDue, int suspendedWorkingDays, String escalationReason) {
        this.id = id;
        this.number = number;
        this.receivedOn = receivedOn;
        this.acknowledgementDue = acknowledgementDue;
        this.responseDue = responseDue;
        this.originalResponseDue = originalResponseDue;
        this.suspendedWorkingDays = suspendedWorkingDays;
        this.escalationReason = escalationReason;
    }

    public int number() { return number; }
    public LocalDate receivedOn() { return receivedOn; }
    public LocalDate acknowledgementDue() { return acknowledgementDue; }
    public LocalDate acknowledgedOn() { return acknowledgedOn; }
    public LocalDate responseDue() { return responseDue; }
    public LocalDate originalResponseDue() { return originalResponseDue; }
    public int suspendedWorkingDays() { return suspendedWorkingDays; }
    public String extensionReason() { return extensionReason; }
    public LocalDate agreedResponseOn() { return agreedResponseOn; }
    public LocalDate respondedOn() { return respondedOn; }
    public Outcome outcome() { return outcome; }
    public String responseSummary() { return responseSummary; }
    public String delayReason() { return delayReason; }
    public Long handlerId() { return handlerId; }
    public String escalationReason() { return escalationReason; }

    public boolean extended() {
        return !responseDue.equals(originalResponseDue);
    }

    /** Late if answered after the due date, or still unanswered after it. */
    public boolean isLate(LocalDate today) {
        return Lifecycle.late(respondedOn != null ? respondedOn : today, responseDue);
    }
}
