package org.redress.casework;

/** Whether money was paid in local resolution or after an Ombudsman decision (reported apart, docs/rules.md §8). */
public enum PaymentSource {
    LOCAL_RESOLUTION("Local resolution"),
    OMBUDSMAN("Ombudsman decision");

    private final String label;

    PaymentSource(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    public static PaymentSource fromKey(String key) {
        return Vocabulary.parse(PaymentSource.class, key, "payment source");
    }
}
