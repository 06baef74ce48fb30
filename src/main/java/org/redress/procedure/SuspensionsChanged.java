package org.redress.procedure;

import java.time.LocalDate;

/**
 * A suspension window was added or removed, so due dates of open stages overlapping {@code firstDay}..{@code lastDay}
 * must be computed again. Published inside the changing transaction.
 */
public record SuspensionsChanged(long authorityId, LocalDate firstDay, LocalDate lastDay, String description,
        boolean added) {
}
