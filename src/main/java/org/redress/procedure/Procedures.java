package org.redress.procedure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** Which procedure applies where, and every due date. STUB: implemented in the procedure work. */
@Component
public class Procedures {

    public List<ProcedurePolicy> policies(long authorityId) {
        throw new UnsupportedOperationException();
    }

    public ProcedurePolicy policy(long authorityId, String code) {
        throw new UnsupportedOperationException();
    }

    public String procedureFor(long authorityId, long serviceId) {
        throw new UnsupportedOperationException();
    }

    public void setServiceProcedure(long authorityId, long serviceId, String code) {
        throw new UnsupportedOperationException();
    }

    public StageClock startStage(long authorityId, String procedureCode, int stageNumber, LocalDate receivedOn) {
        throw new UnsupportedOperationException();
    }

    public LocalDate responseDueOnAcknowledgement(long authorityId, String procedureCode, int stageNumber,
            LocalDate receivedOn, LocalDate acknowledgedOn) {
        throw new UnsupportedOperationException();
    }

    public LocalDate extend(long authorityId, String procedureCode, int stageNumber, LocalDate originalDue,
            LocalDate currentDue, int workingDays) {
        throw new UnsupportedOperationException();
    }

    public LocalDate agreeResponseDate(long authorityId, String procedureCode, int stageNumber, LocalDate receivedOn,
            LocalDate agreed, boolean complainantAgreedLonger) {
        throw new UnsupportedOperationException();
    }
}
