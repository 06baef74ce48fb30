package org.redress.casework;

/** Kinds of money paid or forgone because of a complaint (docs/rules.md §8, money). */
public enum PaymentKind {
    COMPENSATION("Compensation"),
    SETTLEMENT("Settlement"),
    CHARGE_CHANGE("Change to a charge"),
    WAIVED_CHARGE("Waived charge");

    private final String label;

    PaymentKind(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    public static PaymentKind fromKey(String key) {
        return Vocabulary.parse(PaymentKind.class, key, "kind of payment");
    }
}
