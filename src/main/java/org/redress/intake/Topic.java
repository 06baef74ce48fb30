package org.redress.intake;

/** One choice on "What is your feedback about?": the council's plain words and the service it goes to. */
public record Topic(long id, long authorityId, String label, String hint, long serviceId, int position, int version) {
}
