package org.redress.casework;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid or forgone because of a complaint, exact to the penny. */
public record Payment(long id, PaymentKind kind, BigDecimal amount, LocalDate paidOn, long directorateId,
        PaymentSource source, String note) {
}
