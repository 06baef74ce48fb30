/**
 * Intake: the public online feedback form at {@code /feedback} (the address a council links to) and tracking at
 * {@code /feedback/track}. A member of the public makes a complaint, comment or compliment one question at a time,
 * with no account; answers are kept in their session until they send them, a submission key makes a double submit
 * one case, and the case is logged through casework on the online channel under its service's procedure. What the
 * feedback is about is asked in the council's own plain words ({@code intake_topic}), each mapped to a service.
 * Tracking shows where a case stands, the response once sent, and lets the customer ask for the next stage.
 * Depends on casework, organisation, procedure, notification and platform; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.redress.intake;
