package org.redress.casework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.redress.organisation.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the case tables ({@code casework/results}) every module's {@link CaseFlags}, read once per table. */
@ControllerAdvice(assignableTypes = CasePages.class)
class CaseFlagsModel {

    private final List<CaseFlags> flags;

    CaseFlagsModel(List<CaseFlags> flags) {
        this.flags = flags;
    }

    /** What a table asks: the tags of its rows. */
    public record Lookup(long authorityId, List<CaseFlags> flags) {
        public Map<Long, List<String>> of(List<CaseSummary> rows) {
            List<Long> ids = rows.stream().map(CaseSummary::id).toList();
            Map<Long, List<String>> all = new HashMap<>();
            if (ids.isEmpty()) {
                return all;
            }
            for (CaseFlags f : flags) {
                f.flagsFor(authorityId, ids).forEach((id, tags) -> all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(tags));
            }
            return all;
        }
    }

    @ModelAttribute("caseFlags")
    Lookup caseFlags(@AuthenticationPrincipal StaffUser user) {
        return user == null ? new Lookup(0, List.of()) : new Lookup(user.authorityId(), flags);
    }
}
