/**
 * Casework: every piece of feedback a council receives (complaints, comments, compliments, enquiries, Member/MP
 * enquiries, informal concerns, representations), its stages under the procedure that applies, the one state
 * machine that moves it, outcomes, reasons, delay reasons, remedy actions, payments, and the event log that is
 * both the case timeline and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package org.redress.casework;
