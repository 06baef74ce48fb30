package org.redress;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.redress.organisation.Authorities;
import org.redress.organisation.Authority;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.Directorate;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * A fresh council for one test: two directorates with a service each, and staff in every role. Each council has
 * its own code and usernames, so tests sharing a database never see each other's records.
 *
 * <p>A test in a Spring context gets one with {@code @Autowired TestCouncil council;}: a new council for every test
 * (JUnit makes a test instance per test, and each instance is injected afresh); a second one in the same test comes
 * from an {@code ObjectProvider<TestCouncil>}.
 */
@Component
@org.springframework.context.annotation.Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public final class TestCouncil {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final Authority authority;
    public final Directorate highwaysDirectorate;
    public final Directorate careDirectorate;
    public final CouncilService highways;
    public final CouncilService adultCare;
    public final StaffUser feedbackTeam;
    public final StaffUser highwaysOfficer;
    public final StaffUser secondHighwaysOfficer;
    public final StaffUser careOfficer;
    public final StaffUser viewer;
    public final String prefix;

    @Autowired
    TestCouncil(Authorities authorities, CouncilStructure structure, StaffAccounts staff) {
        this(authorities, structure, staff, BankHolidayRegion.ENGLAND_AND_WALES);
    }

    private TestCouncil(Authorities authorities, CouncilStructure structure, StaffAccounts staff,
            BankHolidayRegion region) {
        prefix = "t" + ProcessHandle.current().pid() + "x" + SEQUENCE.incrementAndGet();
        authority = authorities.create(prefix.toUpperCase(), "Test Council " + prefix, AuthorityType.COUNTY, region);
        highwaysDirectorate = structure.addDirectorate(authority.id(), "Growth, Environment and Transport");
        careDirectorate = structure.addDirectorate(authority.id(), "Adult Social Care and Health");
        highways = structure.addService(authority.id(), highwaysDirectorate.id(), "Highways");
        adultCare = structure.addService(authority.id(), careDirectorate.id(), "Adult Social Care");
        feedbackTeam = user(staff, "feedback", EnumSet.of(Role.FEEDBACK_TEAM), Scope.WHOLE_COUNCIL);
        highwaysOfficer = user(staff, "highways", EnumSet.of(Role.INVESTIGATING_OFFICER), Scope.service(highways.id()));
        secondHighwaysOfficer = user(staff, "highways2", EnumSet.of(Role.INVESTIGATING_OFFICER), Scope.service(highways.id()));
        careOfficer = user(staff, "care", EnumSet.of(Role.INVESTIGATING_OFFICER), Scope.directorate(careDirectorate.id()));
        viewer = user(staff, "viewer", EnumSet.of(Role.REPORT_VIEWER), Scope.WHOLE_COUNCIL);
    }

    public static TestCouncil create(Authorities authorities, CouncilStructure structure, StaffAccounts staff) {
        return new TestCouncil(authorities, structure, staff, BankHolidayRegion.ENGLAND_AND_WALES);
    }

    public static TestCouncil create(Authorities authorities, CouncilStructure structure, StaffAccounts staff,
            BankHolidayRegion region) {
        return new TestCouncil(authorities, structure, staff, region);
    }

    public String username(StaffUser user) {
        return user.getUsername();
    }

    private StaffUser user(StaffAccounts staff, String name, EnumSet<Role> roles, Scope scope) {
        String username = prefix + "." + name;
        staff.create(authority.id(), new StaffAccounts.Details(username, "Officer " + name, username + "@example.gov.uk",
                roles, scope), PASSWORD);
        return (StaffUser) staff.loadUserByUsername(username);
    }
}
