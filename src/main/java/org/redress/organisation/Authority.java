package org.redress.organisation;

/** A council using Redress. */
public record Authority(long id, String code, String name, AuthorityType type, BankHolidayRegion region, int version) {
}
