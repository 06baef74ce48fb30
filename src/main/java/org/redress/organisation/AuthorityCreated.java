package org.redress.organisation;

/** Published when a council is added, so other modules can give it their defaults (procedures, reasons). */
public record AuthorityCreated(long authorityId, String code) {
}
