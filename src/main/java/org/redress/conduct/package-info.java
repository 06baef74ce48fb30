/**
 * Conduct: complaints to the Monitoring Officer that a councillor breached the council's Code of Conduct for
 * Elected Members. They are not feedback cases: the Monitoring Officer assesses each one and decides no action,
 * resolution, dismissal, action by the councillor's party, or an investigation (which finds a breach or not).
 *
 * <p>Other modules use {@link org.redress.conduct.ConductStatistics} for the annual report's table 16, and
 * {@link org.redress.conduct.ConductHistory} to load earlier records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conduct")
package org.redress.conduct;
