package org.redress.platform;

/** A record that does not exist, or that the person asking may not see (we never say which). Answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
