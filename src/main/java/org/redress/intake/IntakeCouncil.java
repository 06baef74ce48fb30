package org.redress.intake;

import java.util.Comparator;

import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.platform.NotFound;
import org.springframework.stereotype.Component;

/** Which council's form this installation shows: the configured code, or the first council created. */
@Component
class IntakeCouncil {

    private final Authorities authorities;
    private final IntakeProperties properties;

    IntakeCouncil(Authorities authorities, IntakeProperties properties) {
        this.authorities = authorities;
        this.properties = properties;
    }

    Authority get() {
        String code = properties.getAuthorityCode();
        if (code != null && !code.isBlank()) {
            return authorities.findByCode(code.strip())
                    .orElseThrow(() -> new NotFound("Council " + code + " (redress.intake.authority-code)"));
        }
        return authorities.all().stream().min(Comparator.comparingLong(Authority::id))
                .orElseThrow(() -> new NotFound("Council"));
    }
}
