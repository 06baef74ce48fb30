package org.redress.casework;

/** A reason from the council's taxonomy; sub-reasons have keys like {@code issues_with_service/delay_in_doing_something}. */
public record ComplaintReason(String key, String name, String parentKey, boolean retired) {

    /** The name with its parent's, for lists: "Issues with service: delay in doing something". */
    public String fullName(String parentName) {
        return parentName == null ? name : parentName + ": " + name.substring(0, 1).toLowerCase() + name.substring(1);
    }
}
