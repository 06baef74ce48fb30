/**
 * Correspondence: the council's complaints mailbox read into Redress. A job reads the mailbox over IMAP (one
 * instance at a time), stores each email once, with its files checked as uploads are, before marking it read on the
 * server; recognises automatic emails (out-of-office replies, bounces, bulk mail) so they are never answered; puts a
 * reply to an email Redress sent, or an email naming one of the council's case references, on that case's
 * correspondence and flags the case; and keeps every other email in a triage inbox, where the feedback team turns it
 * into a case, adds it to one, or sets it aside with a reason. Nothing is deleted. Responses are written here too:
 * drafted from the council's template, signed off by someone else where the council asks for it, recorded through
 * the respond step and sent (by email with the letter as a PDF, or as a letter to post), as are messages to the
 * customer; every message in and out of a case is listed in date order. Depends on casework,
 * notification (which records the Message-ID of each email it sends), organisation and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package org.redress.correspondence;
