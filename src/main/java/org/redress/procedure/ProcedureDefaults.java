package org.redress.procedure;

import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityCreated;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every council has the default procedures from the moment it exists. */
@Component
class ProcedureDefaults implements ApplicationRunner {

    private final Procedures procedures;
    private final Authorities authorities;

    ProcedureDefaults(Procedures procedures, Authorities authorities) {
        this.procedures = procedures;
        this.authorities = authorities;
    }

    /**
     * A plain listener, not a transactional one: it runs inside the transaction that creates the council, so a
     * council is never seen without procedures and a failure here undoes the council too.
     */
    @EventListener
    void on(AuthorityCreated created) {
        procedures.seedDefaults(created.authorityId());
    }

    /** Councils created before this module existed get their defaults at the next start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        authorities.all().stream()
                .filter(a -> !procedures.hasPolicies(a.id()))
                .forEach(a -> procedures.seedDefaults(a.id()));
    }
}
