package org.redress.calendar;

import org.springframework.stereotype.Component;

/** Gives each council its working calendar. STUB: implemented in the calendar work. */
@Component
public class Calendars {

    public WorkingCalendar forAuthority(long authorityId) {
        throw new UnsupportedOperationException("calendar not implemented yet");
    }
}
