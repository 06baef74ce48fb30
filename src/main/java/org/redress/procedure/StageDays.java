package org.redress.procedure;

/**
 * The day counts of one stage that a council may change; see {@link StageRule} for what each means. A stage keeps
 * its way of setting the response date: a number of working days, or a date agreed within {@code maxAgreedMonths}.
 */
public record StageDays(Integer acknowledgeWithinWorkingDays, Integer respondWithinWorkingDays,
        int maxExtensionWorkingDays, Integer maxAgreedMonths) {

    public static StageDays of(StageRule rule) {
        return new StageDays(rule.acknowledgeWithinWorkingDays(), rule.respondWithinWorkingDays(),
                rule.maxExtensionWorkingDays(), rule.maxAgreedMonths());
    }
}
