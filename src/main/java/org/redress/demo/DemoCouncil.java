package org.redress.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.redress.casework.Casework;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCases;
import org.redress.conduct.ConductHistory;
import org.redress.demo.SeedFigures.Dir;
import org.redress.demo.SeedFigures.Svc;
import org.redress.ombudsman.OmbudsmanHistory;
import org.redress.ombudsman.SampleNationalData;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.InitialPassword;
import org.redress.organisation.Role;
import org.redress.organisation.Scope;
import org.redress.organisation.StaffAccounts;
import org.redress.organisation.StaffMember;
import org.redress.organisation.StaffUser;
import org.redress.procedure.Procedures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the demo council in one transaction: all of it, or (if anything fails) none of it. The council, its
 * structure and staff go through the organisation module as an administrator's would; the history through
 * {@link HistoricCases}, {@link OmbudsmanHistory} and {@link ConductHistory}; the live cases through {@link Casework}.
 */
@Component
class DemoCouncil {

    static final String NAME = "Demo County Council";
    static final String ADULTS_PROCEDURE = "adult_social_care";
    static final String ACTOR = "Demo data";

    /** A demo account, for the start-up message. */
    record Account(String username, String displayName, String role) {
    }

    /** What was made, and how long it took. */
    record Summary(long authorityId, String code, int historicCases, int liveCases, List<Account> accounts,
            Duration history, Duration took) {
    }

    private final Authorities authorities;
    private final CouncilStructure structure;
    private final StaffAccounts staff;
    private final InitialPassword password;
    private final Procedures procedures;
    private final HistoricCases historicCases;
    private final OmbudsmanHistory ombudsmanHistory;
    private final ConductHistory conductHistory;
    private final SampleNationalData sampleNationalData;
    private final Casework casework;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCouncil(Authorities authorities, CouncilStructure structure, StaffAccounts staff, InitialPassword password,
            Procedures procedures, HistoricCases historicCases, OmbudsmanHistory ombudsmanHistory,
            ConductHistory conductHistory, SampleNationalData sampleNationalData, Casework casework,
            PlatformTransactionManager transactions, Clock clock) {
        this.authorities = authorities;
        this.structure = structure;
        this.staff = staff;
        this.password = password;
        this.procedures = procedures;
        this.historicCases = historicCases;
        this.ombudsmanHistory = ombudsmanHistory;
        this.conductHistory = conductHistory;
        this.sampleNationalData = sampleNationalData;
        this.casework = casework;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param code the council's code ("DEMO")
     * @param usernamePrefix start of the demo usernames ("demo" gives demo.feedback, demo.officer.highways, ...)
     */
    Summary create(String code, String usernamePrefix) {
        return transaction.execute(status -> build(code, usernamePrefix));
    }

    private Summary build(String code, String usernamePrefix) {
        long started = System.nanoTime();
        long authorityId = authorities.create(code, NAME, AuthorityType.COUNTY, BankHolidayRegion.ENGLAND_AND_WALES)
                .id();
        Map<Dir, Long> directorates = new EnumMap<>(Dir.class);
        for (Dir d : Dir.values()) {
            directorates.put(d, structure.addDirectorate(authorityId, d.title).id());
        }
        Map<Svc, Long> services = new EnumMap<>(Svc.class);
        for (Svc s : Svc.values()) {
            services.put(s, structure.addService(authorityId, directorates.get(s.dir), s.title).id());
        }
        procedures.setServiceProcedure(authorityId, services.get(Svc.ADULTS), ADULTS_PROCEDURE);
        Map<Svc, String> procedureCodes = new EnumMap<>(Svc.class);
        for (Svc s : Svc.values()) {
            procedureCodes.put(s, procedures.procedureFor(authorityId, services.get(s)));
        }

        List<Account> accounts = new ArrayList<>();
        StaffUser feedbackTeam = account(authorityId, accounts, usernamePrefix + ".feedback", "Fran Okafor",
                Role.FEEDBACK_TEAM, Scope.WHOLE_COUNCIL, "customer feedback team, whole council");
        account(authorityId, accounts, usernamePrefix + ".viewer", "Victor Hale", Role.REPORT_VIEWER,
                Scope.WHOLE_COUNCIL, "report viewer, whole council");
        Map<Dir, StaffUser> officers = new EnumMap<>(Dir.class);
        officers.put(Dir.ASCH, account(authorityId, accounts, usernamePrefix + ".officer.asch", "Alys Morgan",
                Role.INVESTIGATING_OFFICER, Scope.directorate(directorates.get(Dir.ASCH)),
                "investigating officer, " + Dir.ASCH.title));
        officers.put(Dir.CYPE, account(authorityId, accounts, usernamePrefix + ".officer.cype", "Chidi Evans",
                Role.INVESTIGATING_OFFICER, Scope.directorate(directorates.get(Dir.CYPE)),
                "investigating officer, " + Dir.CYPE.title));
        StaffUser highways = account(authorityId, accounts, usernamePrefix + ".officer.highways", "Hamish Reid",
                Role.INVESTIGATING_OFFICER, Scope.service(services.get(Svc.HIGHWAYS)),
                "investigating officer, " + Svc.HIGHWAYS.title);
        officers.put(Dir.SCS, account(authorityId, accounts, usernamePrefix + ".officer.scs", "Sana Qureshi",
                Role.INVESTIGATING_OFFICER, Scope.directorate(directorates.get(Dir.SCS)),
                "investigating officer, " + Dir.SCS.title));
        Map<Svc, StaffUser> handlers = new EnumMap<>(Svc.class);
        for (Svc s : Svc.values()) {
            // Growth, Environment and Transport has an officer for Highways only; the feedback team handles the rest.
            handlers.put(s, s == Svc.HIGHWAYS ? highways : officers.getOrDefault(s.dir, feedbackTeam));
        }
        Map<Svc, Long> handlerIds = new EnumMap<>(Svc.class);
        handlers.forEach((s, u) -> handlerIds.put(s, u.staffId()));

        String defaultProcedure = procedureCodes.get(Svc.HIGHWAYS);
        DemoHistory history = new DemoHistory(new DemoHistory.Places(services, procedureCodes, defaultProcedure,
                handlerIds, feedbackTeam.staffId()),
                (procedure, stage, on) -> procedures.startStage(authorityId, procedure, stage, on));
        List<HistoricCase> cases = history.generate();
        HistoricCases.LoadResult loaded = historicCases.load(authorityId, ACTOR, cases);
        ombudsmanHistory.load(authorityId, ACTOR, new DemoOmbudsman(directorates, services).generate());
        conductHistory.load(authorityId, ACTOR, new DemoConduct().generate());
        sampleNationalData.loadBeside(authorities.get(authorityId));

        int live = new LiveCases(casework, services, handlers, feedbackTeam, LocalDate.now(clock)).create();
        return new Summary(authorityId, code, loaded.cases(), live, accounts, loaded.took(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private StaffUser account(long authorityId, List<Account> accounts, String username, String name, Role role,
            Scope scope, String description) {
        StaffMember member = staff.create(authorityId, new StaffAccounts.Details(username, name, null,
                EnumSet.of(role), scope), password.value());
        accounts.add(new Account(username, name, description));
        return (StaffUser) staff.loadUserByUsername(member.username());
    }
}
