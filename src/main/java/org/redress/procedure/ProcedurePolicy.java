package org.redress.procedure;

import java.util.List;
import java.util.Optional;

/**
 * A complaints procedure as one council runs it.
 *
 * @param code the council's key for it, e.g. "corporate", "complaint_handling_code"
 * @param afterLastStage where a complainant goes when the last stage is done (the Ombudsman's name)
 */
public record ProcedurePolicy(String code, String name, ProcedureKind kind, List<StageRule> stages,
        String afterLastStage) {

    public Optional<StageRule> stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst();
    }

    public boolean hasStage(int number) {
        return stage(number).isPresent();
    }

    public int lastStage() {
        return stages.stream().mapToInt(StageRule::number).max().orElse(1);
    }
}
