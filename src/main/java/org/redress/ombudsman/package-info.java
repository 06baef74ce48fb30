/**
 * Ombudsman: the council's own record of every enquiry and decision of the Local Government and Social Care
 * Ombudsman (LGSCO), its recommendations tracked to compliance, and the Ombudsman's annual statistics (uphold
 * rate, compliance rate, satisfactory remedy rate) against the average of similar authorities, computed both from
 * the council's own records and from the national data the Ombudsman publishes for every council.
 *
 * <p>National data is not any one council's data: it is kept by the Ombudsman's authority code and year, not by
 * {@code authority_id} (see docs/adr/0004). Other modules use {@link org.redress.ombudsman.OmbudsmanStatistics}
 * for the council's own figures (the annual report's tables 17 to 22) and {@link org.redress.ombudsman.Fraction}
 * for the rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ombudsman")
package org.redress.ombudsman;
