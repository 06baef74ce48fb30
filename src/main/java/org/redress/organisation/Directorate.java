package org.redress.organisation;

/** The top level of a council's structure, e.g. "Growth, Environment and Transport". */
public record Directorate(long id, long authorityId, String name, boolean active) {
}
