/**
 * Correspondence: the council's complaints mailbox read into Redress. A job reads the mailbox over IMAP (one
 * instance at a time), stores each email once, with its files checked as uploads are, before marking it read on the
 * server; recognises automatic emails (out-of-office replies, bounces, bulk mail) so they are never answered; puts a
 * reply to an email Redress sent, or an email naming one of the council's case references, on that case's
 * correspondence and flags the case; and keeps every other email in a triage inbox, where the feedback team turns it
 * into a case, adds it to one, or sets it aside with a reason. Nothing is deleted. Depends on casework,
 * notification (which records the Message-ID of each email it sends), organisation and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package org.redress.correspondence;
