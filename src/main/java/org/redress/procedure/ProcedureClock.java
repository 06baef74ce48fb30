package org.redress.procedure;

import java.time.LocalDate;

/**
 * The due dates of one procedure on one council's calendar, read once: for loading many cases in one go without a
 * database read per stage. Gives the same dates as {@link Procedures#startStage} and
 * {@link Procedures#responseDueOnAcknowledgement}.
 */
public interface ProcedureClock {

    boolean hasStage(int stage);

    /** Due dates of a stage received on {@code receivedOn}; a stage the procedure does not have is refused. */
    StageClock start(int stage, LocalDate receivedOn);

    LocalDate responseDueOnAcknowledgement(int stage, LocalDate receivedOn, LocalDate acknowledgedOn);
}
