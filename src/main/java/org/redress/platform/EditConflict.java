package org.redress.platform;

/** Someone else saved the record after it was read; nothing was overwritten. Answered 409. */
public class EditConflict extends Refused {

    public EditConflict(String what) {
        super(what + " was changed by someone else while you were working on it. Nothing was saved: "
                + "reload it to see their change, then try again.");
    }
}
