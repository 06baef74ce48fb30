package org.redress.casework;

/** How feedback reached the council (docs/rules.md §1, channels; the annual report's table 14). */
public enum Channel {
    PHONE("Phone"),
    LETTER("Letter"),
    EMAIL("Email"),
    FACE_TO_FACE("Comment card or face to face"),
    ONLINE("Online form"),
    VIA_MEMBER("Via corporate director, councillor or MP"),
    SOCIAL_MEDIA("Social media"),
    OTHER("Other");

    private final String label;

    Channel(String label) { this.label = label; }

    public String label() { return label; }

    public String key() { return name().toLowerCase(); }

    public static Channel fromKey(String key) {
        return Vocabulary.parse(Channel.class, key, "channel");
    }
}
