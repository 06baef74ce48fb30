package org.redress.imports;

import java.time.LocalDate;
import java.util.List;

import org.redress.casework.Channel;
import org.redress.casework.FeedbackType;
import org.redress.casework.Outcome;

/**
 * One line of the case import CSV once checked: one stage of one case.
 *
 * @param reference upper case, or null on a stage 1 line that is to be given the next reference
 * @param serviceId null when the service is not yet the council's and the import creates it
 */
record CaseRow(long line, String reference, FeedbackType type, Channel channel, LocalDate receivedOn,
        String directorate, String service, Long serviceId, int stage, LocalDate acknowledgedOn,
        LocalDate respondedOn, Outcome outcome, List<String> reasons, String delayReason, List<String> tags) {
}
