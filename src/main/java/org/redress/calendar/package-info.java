/**
 * Calendar: working days for each council: Saturdays, Sundays and the bank holidays of its region (Jollyday,
 * checked against GOV.UK's list), plus closure days the council adds and bank holidays it chooses to work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.redress.calendar;
