package org.redress.procedure;

/** The event a stage's response period is counted from. */
public enum ClockStart {
    /** From the day the stage was received (corporate procedures). */
    RECEIPT,
    /** From the day it was acknowledged (Complaint Handling Code). */
    ACKNOWLEDGEMENT
}
