package org.redress.casework;

/** The customer, or someone acting for them; all personal data. */
public record Contact(String name, String email, String phone, String address) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public boolean isEmpty() {
        return name == null && email == null && phone == null && address == null;
    }
}
