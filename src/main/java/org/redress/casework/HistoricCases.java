package org.redress.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.redress.casework.history.CouncilTerms;
import org.redress.casework.history.HistoryLoader;
import org.redress.casework.history.RecordChecks;
import org.redress.platform.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes whole cases from earlier records (an import, or the demo council's history) in one transaction: every
 * record is checked once, and if any cannot be stored nothing is written and every problem found is reported, named
 * by the record's position ({@code cases[12].stages[1].respondedOn}). What only disagrees with Redress's own calendar
 * is kept as recorded and reported as a warning. The checking and the writing live in {@code casework.history}.
 */
@Component
public class HistoricCases {

    static final int MAX_PROBLEMS = 100;

    /** The service id a record checked before its service is created names: see {@link #check}. */
    public static final long SERVICE_TO_BE_CREATED = RecordChecks.SERVICE_TO_BE_CREATED;

    /**
     * What a load wrote: rows per table, how long it took, and the first {@value #MAX_PROBLEMS} warnings (records
     * kept as recorded though they disagree with Redress's rules), with a count of the rest.
     */
    public record LoadResult(int cases, int stages, int reasons, int tags, int remedies, int payments, int events,
            Duration took, List<HistoricFinding> warnings, long moreWarnings) {
    }

    private final HistoryLoader loader;
    private final Clock clock;

    HistoricCases(HistoryLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * Checks and writes the cases in one transaction.
     *
     * @param actorName who the single event of each case names, e.g. the person running the import
     * @throws HistoricRecordsRejected listing up to {@value #MAX_PROBLEMS} problems; nothing is written
     */
    @Transactional
    public LoadResult load(long authorityId, String actorName, Iterable<HistoricCase> cases) {
        String actor = actor(actorName);
        CouncilTerms terms = loader.terms(authorityId);
        return loader.load(terms, actor, cases, checks(terms, false), MAX_PROBLEMS);
    }

    /**
     * A check of records one at a time, for a caller that reads them from elsewhere (a file) and wants to know every
     * problem and warning before anything is written; {@link #write} then writes the same records without checking
     * them again.
     *
     * @param servicesToCome whether a record may name the service {@link #SERVICE_TO_BE_CREATED}, one the caller
     *        creates before writing
     */
    public Check check(long authorityId, boolean servicesToCome) {
        return new Check(authorityId, checks(loader.terms(authorityId), servicesToCome));
    }

    /** Records checked one by one, each named by its position among those checked. */
    public static final class Check {
        private final long authorityId;
        private final RecordChecks checks;
        private int checked;
        private long errors;

        private Check(long authorityId, RecordChecks checks) {
            this.authorityId = authorityId;
            this.checks = checks;
        }

        /** The errors and warnings of the next record. */
        public List<HistoricFinding> next(HistoricCase c) {
            List<HistoricFinding> found = checks.check(checked++, c);
            errors += found.stream().filter(f -> !f.warning()).count();
            return found;
        }

        public int checked() {
            return checked;
        }

        public long errors() {
            return errors;
        }
    }

    /**
     * Writes the records a {@link Check} passed, the same records in the same order, in one transaction. References
     * are checked against the council's cases once more: another load may have taken one since.
     *
     * @throws HistoricRecordsRejected when a reference is now in use; nothing is written
     */
    @Transactional
    public LoadResult write(Check check, String actorName, Iterable<HistoricCase> cases) {
        if (check.errors() > 0) {
            throw new IllegalStateException("The check found " + check.errors() + " problem(s): nothing to write");
        }
        LoadResult result = loader.load(loader.terms(check.authorityId), actor(actorName), cases, null, MAX_PROBLEMS);
        if (result.cases() != check.checked()) {
            throw new IllegalStateException("Checked " + check.checked() + " records but was given " + result.cases());
        }
        return result;
    }

    /**
     * Which of these references the council's cases already have (references as stored: upper case, trimmed). For a
     * check before a load; the load itself checks again.
     */
    public Set<String> referencesInUse(long authorityId, Collection<String> references) {
        return loader.referencesIn(authorityId, references).keySet();
    }

    /**
     * The status of a case recorded only by its current stage's dates: closed once acknowledged (comments,
     * compliments) or responded to (the rest), else acknowledged or received.
     */
    public static CaseStatus statusOf(FeedbackType type, LocalDate acknowledgedOn, LocalDate respondedOn) {
        return Lifecycle.statusOf(type, acknowledgedOn, respondedOn);
    }

    /** The day such a case closed, or null while it is open. */
    public static LocalDate closedOnOf(FeedbackType type, LocalDate acknowledgedOn, LocalDate respondedOn) {
        return Lifecycle.closedOnOf(type, acknowledgedOn, respondedOn);
    }

    private RecordChecks checks(CouncilTerms terms, boolean servicesToCome) {
        return new RecordChecks(terms, LocalDate.now(clock),
                new RecordChecks.Limits(Casework.MAX_DESCRIPTION, Casework.MAX_TEXT), servicesToCome);
    }

    private static String actor(String actorName) {
        if (actorName == null || actorName.isBlank() || actorName.strip().length() > 200) {
            throw new InvalidInput("actorName", "Give who is loading the records, in 200 characters or fewer");
        }
        return actorName.strip();
    }

    /** For tests: writes with batched inserts whatever the database, to compare with what COPY writes. */
    void useBatchedInserts() {
        loader.useBatchedInserts();
    }

    /** For tests: back to the way the database's own storage is chosen. */
    void useTheDatabasesOwnWay() {
        loader.useTheDatabasesOwnWay();
    }
}
