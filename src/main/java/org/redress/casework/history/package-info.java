/**
 * Casework's history: whole cases from earlier records (an import, the demo council's past years) checked and
 * written in bulk. Internal to casework; other modules use {@code HistoricCases}.
 *
 * <ul>
 * <li>{@link org.redress.casework.history.RecordChecks}: each record checked once; errors (cannot be stored) and
 * warnings (disagrees with Redress's own calendar, kept as recorded).</li>
 * <li>{@link org.redress.casework.history.HistoricCaseRules}: the loader's copy of the case rules (statuses,
 * outcomes, later stages, lateness), in one place to point at casework's own rules later.</li>
 * <li>{@link org.redress.casework.history.HistoryLoader}: a thousand records at a time, in the caller's
 * transaction; {@link org.redress.casework.history.PlannerTuning}: what PostgreSQL is told for a bulk load.</li>
 * <li>{@link org.redress.casework.history.HistoricRows}: a chunk's rows in every table;
 * {@link org.redress.casework.history.StageRows}: the stage row the live save writes too.</li>
 * <li>{@link org.redress.casework.history.BatchedInserts} (any database) and
 * {@link org.redress.casework.history.CopiedRows} with {@link org.redress.casework.history.CopyRows} (PostgreSQL's
 * COPY): how the rows reach the tables.</li>
 * </ul>
 */
package org.redress.casework.history;
