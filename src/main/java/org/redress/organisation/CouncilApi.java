package org.redress.organisation;

import java.util.List;

import org.redress.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The councils on this installation, for the service operator only. */
@RestController
@Tag(name = "Councils")
class CouncilApi {

    private final Councils councils;

    CouncilApi(Councils councils) {
        this.councils = councils;
    }

    @PostMapping("/api/v1/councils")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a council with its first administrator (service operator only)")
    Councils.Hosted create(@AuthenticationPrincipal StaffUser user,
            @RequestBody(required = false) Councils.NewCouncil council) {
        operator(user);
        if (council == null) {
            throw new InvalidInput("name", "Send the council as JSON: name, code, type, region and administrator");
        }
        return councils.create(council);
    }

    @GetMapping("/api/v1/councils")
    @Operation(summary = "Every council on this installation (service operator only)")
    List<Councils.Hosted> all(@AuthenticationPrincipal StaffUser user) {
        operator(user);
        return councils.all();
    }

    private static void operator(StaffUser user) {
        if (!user.has(Role.SERVICE_OPERATOR)) {
            throw new AccessDeniedException("Only the service operator manages the councils on this installation");
        }
    }
}
