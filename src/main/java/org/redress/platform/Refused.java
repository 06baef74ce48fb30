package org.redress.platform;

/**
 * A step the rules do not allow from where the record stands (responding to a withdrawn case, escalating a
 * compliment). The message is written for the person who asked, in plain English. Answered 409.
 */
public class Refused extends RuntimeException {

    public Refused(String message) {
        super(message);
    }
}
