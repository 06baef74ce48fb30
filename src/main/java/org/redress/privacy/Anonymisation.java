package org.redress.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.redress.casework.CasePrivacy;
import org.redress.casework.FeedbackType;
import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.platform.CaseDataKeeper;
import org.redress.platform.UnfiledDataKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every night, removes the personal data of each case whose retention period has ended and that is not on legal
 * hold: casework's own and every {@link CaseDataKeeper}'s (emails sent, attachments), in one transaction per case, so
 * a case is either wholly anonymised or untouched; then what each {@link UnfiledDataKeeper} has kept on no case past
 * the council's period (emails set aside in triage), logged with how many. ShedLock lets one instance of several run it; casework's
 * "anonymised" event keeps a case from being done twice.
 */
@Component
class Anonymisation {

    private static final Logger log = LoggerFactory.getLogger(Anonymisation.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Authorities authorities;
    private final RetentionPolicies policies;
    private final LegalHolds holds;
    private final CasePrivacy cases;
    private final List<CaseDataKeeper> keepers;
    private final List<UnfiledDataKeeper> unfiled;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Anonymisation(Authorities authorities, RetentionPolicies policies, LegalHolds holds, CasePrivacy cases,
            List<CaseDataKeeper> keepers, List<UnfiledDataKeeper> unfiled, PlatformTransactionManager transactions,
            Clock clock) {
        this.authorities = authorities;
        this.policies = policies;
        this.holds = holds;
        this.cases = cases;
        this.keepers = keepers;
        this.unfiled = unfiled;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${redress.privacy.anonymisation-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "privacy-anonymisation", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void nightly() {
        LocalDate today = LocalDate.now(clock);
        int done = anonymise(today);
        log.info("Retention: personal data removed from {} case(s)", done);
        removeUnfiled(today);
    }

    /** Removes personal data kept on no case past each council's period (emails set aside), logging how much. */
    int removeUnfiled(LocalDate today) {
        int done = 0;
        for (Authority authority : authorities.all()) {
            for (UnfiledDataKeeper keeper : unfiled) {
                Integer cleared = transaction.execute(t -> keeper.removeExpired(authority.id(), today, marker(today)));
                if (cleared != null && cleared > 0) {
                    log.info("Retention: personal data removed from {} {} of council {}", cleared, keeper.what(),
                            authority.code());
                    done += cleared;
                }
            }
        }
        return done;
    }

    /** The text that replaces what people wrote. */
    static String marker(LocalDate today) {
        return "[removed under retention policy on " + DATE.format(today) + "]";
    }

    /** Anonymises every case of every council whose retention period has ended by {@code today}; returns how many. */
    int anonymise(LocalDate today) {
        int done = 0;
        for (Authority authority : authorities.all()) {
            done += anonymise(authority.id(), today);
        }
        return done;
    }

    /** Anonymises the council's cases whose retention period has ended by {@code today}; returns how many. */
    int anonymise(long authorityId, LocalDate today) {
        int done = 0;
        String marker = marker(today);
        Map<FeedbackType, Integer> years = policies.years(authorityId);
        int shortest = years.values().stream().mapToInt(Integer::intValue).min().orElse(RetentionPeriod.DEFAULT_YEARS);
        LocalDate cutOff = new RetentionPeriod(shortest).latestClosureEndedBy(today);
        Set<Long> held = holds.heldCases(authorityId);
        for (CasePrivacy.ClosedCase c : cases.closedOnOrBefore(authorityId, cutOff)) {
            if (held.contains(c.id()) || !new RetentionPeriod(years.get(c.type())).ended(c.closedOn(), today)) {
                continue;
            }
            Boolean anonymised = transaction.execute(status -> {
                // A hold placed since the list was read wins.
                if (holds.standing(c.id()).isPresent()) {
                    return false;
                }
                cases.anonymise(authorityId, c.id(), marker);
                keepers.forEach(k -> k.anonymise(authorityId, c.id(), marker));
                return true;
            });
            if (Boolean.TRUE.equals(anonymised)) {
                done++;
            }
        }
        return done;
    }
}
