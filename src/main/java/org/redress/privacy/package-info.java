/**
 * Privacy: how long each kind of feedback keeps its personal data after closure (per council, 6 years unless
 * changed), legal holds that keep a case longer, the daily job that removes personal data whose time is up (keeping
 * every figure the reports count, and including data kept on no case, such as emails set aside in triage), subject-access exports of everything held about a person, and an aid for
 * redacting personal details from text before it is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.redress.privacy;
