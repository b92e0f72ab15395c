package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.List;

import ca.contingent.personnel.ScopeResolver;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deployments for other tools, in the caller's scope: person by external id, mission by code. */
@RestController
@RequestMapping("/api/v1/deployments")
class DeploymentApiController {

    private final DeploymentService deployments;

    private final ScopeResolver scopes;

    DeploymentApiController(DeploymentService deployments, ScopeResolver scopes) {
        this.deployments = deployments;
        this.scopes = scopes;
    }

    @GetMapping
    Items list(@RequestParam(required = false) String person, @RequestParam(required = false) String mission,
            Authentication authentication) {
        DeploymentFilter filter = new DeploymentFilter(mission, null, null, null, null, person);
        return new Items(this.deployments.list(this.scopes.of(authentication), filter, null, "asc").stream()
            .map(DeploymentJson::of).toList());
    }

    @GetMapping("/{externalId}")
    DeploymentJson get(@PathVariable String externalId, Authentication authentication) {
        return DeploymentJson.of(this.deployments.row(this.scopes.of(authentication), externalId));
    }

    record Items(List<DeploymentJson> items) {
    }

    record DeploymentJson(String externalId, String person, String mission, String role, boolean leadership,
            Term term, LocalDate startDate, LocalDate endDate, DeploymentStatus status) {

        static DeploymentJson of(DeploymentRow row) {
            return new DeploymentJson(row.externalId(), row.person(), row.mission(), row.role(), row.leadership(),
                    row.term(), row.startDate(), row.endDate(), row.status());
        }

    }

}
