/**
 * Correspondence: each council's complaints mailbox read into Redress. Administrators connect it on a page (IMAP with
 * a password, or OAuth 2.0 client credentials and XOAUTH2 for Microsoft 365; secrets sealed with platform's {@code
 * Secrets}); the first council's can come from the environment instead. A job reads every mailbox over IMAP (one
 * instance at a time), stores each email once, with its files checked as uploads are, before marking it read on the
 * server; recognises automatic emails (out-of-office replies, bounces, bulk mail) so they are never answered; puts a
 * reply to an email Redress sent, or an email naming one of the council's case references, on that case's
 * correspondence and flags the case; and keeps every other email in a triage inbox, where the feedback team turns it
 * into a case, adds it to one, or sets it aside with a reason. Nothing is deleted; an email set aside on no case has
 * its text and files cleared by privacy's nightly job after the council's period. Responses are written here too:
 * drafted from the council's template, signed off by someone else where the council asks for it, recorded through
 * the respond step and sent (by email with the letter as a PDF, or as a letter to post), as are messages to the
 * customer; every message in and out of a case is listed in date order. Depends on casework,
 * notification (which records the Message-ID of each email it sends), organisation and platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package org.redress.correspondence;
