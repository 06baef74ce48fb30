/**
 * Imports: bulk loading of cases from the case import CSV (README, "Importing cases") from the staff pages,
 * the API and the command line, and the generator of realistic seeded files for tests, demos and benchmarks. A file
 * is read as a stream: first every line is checked on its own, then each case as a whole by casework's
 * {@code HistoricCases} (each problem or warning named by line and column), then, only if nothing is wrong, the cases
 * are written in batches in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports")
package org.redress.imports;
