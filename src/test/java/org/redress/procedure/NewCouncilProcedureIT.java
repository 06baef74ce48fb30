package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.organisation.Authorities;
import org.redress.organisation.CouncilService;
import org.redress.organisation.CouncilStructure;
import org.redress.organisation.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With {@code REDRESS_AUTHORITY_PROCEDURE=complaint_handling_code}, a new council and its new services run the Code. */
@SpringBootTest(properties = "redress.authority.procedure=complaint_handling_code")
class NewCouncilProcedureIT {

    @Autowired Authorities authorities;
    @Autowired CouncilStructure structure;
    @Autowired StaffAccounts staff;
    @Autowired Procedures procedures;

    @Test
    void aCouncilCreatedNowRunsTheCodeInEveryServiceAddedLater() {
        TestCouncil council = TestCouncil.create(authorities, structure, staff);
        long authorityId = council.authority.id();
        CouncilService added = structure.addService(authorityId, council.highwaysDirectorate.id(), "Parking");

        assertThat(procedures.defaultProcedure(authorityId)).isEqualTo("complaint_handling_code");
        assertThat(procedures.procedureFor(authorityId, added.id())).isEqualTo("complaint_handling_code");
        assertThat(procedures.policy(authorityId, "complaint_handling_code").stage(2).orElseThrow()
                .maxExtensionWorkingDays()).isEqualTo(20);
    }
}
