package org.redress.organisation;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The council's services, for callers that log cases (README, API: part of the integration contract). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class ServiceApi {

    private final CouncilStructure structure;

    ServiceApi(CouncilStructure structure) {
        this.structure = structure;
    }

    record ServiceView(long id, String name, String directorate, long directorateId, boolean active) {
    }

    @GetMapping("/services")
    @Operation(summary = "The services of the caller's council, with their directorate")
    List<ServiceView> services(@AuthenticationPrincipal StaffUser user) {
        return structure.services(user.authorityId()).stream()
                .map(s -> new ServiceView(s.id(), s.name(), s.directorateName(), s.directorateId(), s.active()))
                .toList();
    }
}
