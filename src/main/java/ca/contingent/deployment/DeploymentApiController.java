package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.contingent.person.Scope;
import ca.contingent.person.ScopeResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deployments for other tools, in the caller's scope: person by external id, mission by
 * code; and their lifecycle (deploy, complete, cancel).
 */
@RestController
@RequestMapping("/api/v1/deployments")
class DeploymentApiController {

    private final DeploymentService deployments;

    private final ScopeResolver scopes;

    private final DeploymentLifecycle lifecycle;

    private final MessageSource messages;

    DeploymentApiController(DeploymentService deployments, ScopeResolver scopes, DeploymentLifecycle lifecycle,
            MessageSource messages) {
        this.deployments = deployments;
        this.scopes = scopes;
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @GetMapping
    Items list(@RequestParam(required = false) String person, @RequestParam(required = false) String mission,
            Authentication authentication) {
        DeploymentFilter filter = new DeploymentFilter(mission, null, null, null, null, person);
        return new Items(this.deployments.list(this.scopes.of(authentication), filter, null, "asc")
            .stream()
            .map(DeploymentJson::of)
            .toList());
    }

    @GetMapping("/{externalId}")
    DeploymentJson get(@PathVariable String externalId, Authentication authentication) {
        return DeploymentJson.of(this.deployments.row(this.scopes.of(authentication), externalId));
    }

    @PostMapping("/{externalId}/deploy")
    DeploymentJson deploy(@PathVariable String externalId, Authentication authentication) {
        Scope scope = this.scopes.of(authentication);
        this.lifecycle.deploy(scope, externalId, authentication.getName());
        return DeploymentJson.of(this.deployments.row(scope, externalId));
    }

    @PostMapping("/{externalId}/complete")
    DeploymentJson complete(@PathVariable String externalId, @RequestBody(required = false) CompleteRequest body,
            Authentication authentication) {
        Scope scope = this.scopes.of(authentication);
        this.lifecycle.complete(scope, externalId, body == null ? null : body.endDate(), authentication.getName());
        return DeploymentJson.of(this.deployments.row(scope, externalId));
    }

    @PostMapping("/{externalId}/cancel")
    DeploymentJson cancel(@PathVariable String externalId, @RequestBody(required = false) CancelRequest body,
            Authentication authentication) {
        Scope scope = this.scopes.of(authentication);
        this.lifecycle.cancel(scope, externalId, body == null ? null : body.reason(), authentication.getName());
        return DeploymentJson.of(this.deployments.row(scope, externalId));
    }

    /** Every reason at once, as the contract lists them: 409 with {@code errors}. */
    @ExceptionHandler(LifecycleRefusedException.class)
    ProblemDetail refused(LifecycleRefusedException ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                this.messages.getMessage("lifecycle.refused", null, locale));
        problem.setTitle(this.messages.getMessage("error.title.409", null, "Conflict", locale));
        problem.setProperty("errors", ex.refusals().stream().map((refusal) -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", refusal.code());
            if (refusal.item() != null) {
                error.put("item", refusal.item());
            }
            if (refusal.date() != null) {
                error.put("date", refusal.date().toString());
            }
            error.put("message", this.messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            return error;
        }).toList());
        return problem;
    }

    record CompleteRequest(LocalDate endDate) {
    }

    record CancelRequest(String reason) {
    }

    record Items(List<DeploymentJson> items) {
    }

    record DeploymentJson(String externalId, String person, String mission, String role, boolean leadership, Term term,
            LocalDate startDate, LocalDate endDate, DeploymentStatus status) {

        static DeploymentJson of(DeploymentRow row) {
            return new DeploymentJson(row.externalId(), row.person(), row.mission(), row.role(), row.leadership(),
                    row.term(), row.startDate(), row.endDate(), row.status());
        }

    }

}
