package org.redress.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Short tags another module puts on cases in the work queue and search results (such as "New correspondence"), so
 * casework need not know those modules: each bean of this type tags the cases it knows something about.
 */
public interface CaseFlags {

    /** The tags for those of these cases (by id, all in the council) that have any. */
    Map<Long, List<String>> flagsFor(long authorityId, Collection<Long> caseIds);
}
