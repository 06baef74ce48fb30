/**
 * Reporting: the annual customer feedback report to the governance committee (every table of the council's
 * annual report, numbered as the 2020/21 report it grew from), its downloads (JSON, CSV, XLSX, PDF), its charts and
 * the staff dashboard. Every figure is computed from the records by one SQL aggregation per table; Java only shapes
 * the rows, rounds percentages and works out differences.
 *
 * <p>Reporting never writes business data. It reads casework's and organisation's tables read-only (see
 * {@code docs/adr/0003-reporting-reads-casework-tables.md}) and uses other modules only through their public types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.redress.reporting;
