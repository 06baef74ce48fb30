/**
 * Procedure: the complaints procedures a council runs (its corporate procedure, the Complaint Handling Code,
 * the statutory adults' and children's procedures, joint NHS responses), which one applies to each service,
 * temporary suspensions of targets, and the computation of every due date from the council's calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure")
package org.redress.procedure;
