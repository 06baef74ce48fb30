/**
 * Casework's history: whole cases from earlier records (an import, the demo council's past years) checked and
 * written in bulk. Internal to casework; other modules use {@code HistoricCases}.
 *
 * <ul>
 * <li>{@link org.redress.casework.history.RecordChecks}: each record checked once; errors (cannot be stored) and
 * warnings (disagrees with Redress's own calendar, kept as recorded).</li>
 * <li>The case rules a record is checked against (statuses, outcomes, later stages, lateness) are casework's
 * {@link org.redress.casework.Lifecycle}'s, the same the live steps follow.</li>
 * <li>{@link org.redress.casework.history.HistoryLoader}: a thousand records at a time, in the caller's
 * transaction; {@link org.redress.casework.history.PlannerTuning}: what PostgreSQL is told for a bulk load.</li>
 * <li>{@link org.redress.casework.history.HistoricRows}: a chunk's rows in every table;
 * {@link org.redress.casework.history.CaseRows} and {@link org.redress.casework.history.StageRows}: the case row and
 * the stage row, as the live save writes them too.</li>
 * <li>{@link org.redress.casework.history.BatchedInserts} (any database) and
 * {@link org.redress.casework.history.CopiedRows} with {@link org.redress.casework.history.CopyRows} (PostgreSQL's
 * COPY): how the rows reach the tables.</li>
 * </ul>
 */
package org.redress.casework.history;
