package ca.contingent.monthly;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Monthly reports as JSON: the caller's reports (their own, or their missions', or all),
 * one report, a member's create and update, and the workflow's steps. 403 for a role that
 * may not, 404 outside the caller's scope, 409 for a step the report's status does not
 * allow, 422 naming each bad field (and line).
 */
@RestController
@RequestMapping("/api/v1/monthly-reports")
class MonthlyReportApiController {

    private final MonthlyReports reports;

    MonthlyReportApiController(MonthlyReports reports) {
        this.reports = reports;
    }

    @GetMapping
    Map<String, List<MonthlyReportRow>> list(@RequestParam(required = false) String mission,
            @RequestParam(required = false) String month, @RequestParam(required = false) MonthlyReportStatus status,
            Authentication authentication) {
        return Map.of("items", this.reports.list(authentication, mission, month, status));
    }

    @GetMapping("/{key}")
    MonthlyReportView get(@PathVariable String key, Authentication authentication) {
        return this.reports.get(authentication, key);
    }

    @PostMapping
    ResponseEntity<MonthlyReportView> create(@RequestBody MonthlyReportForm form, Authentication authentication) {
        MonthlyReportView created = this.reports.create(authentication, form);
        URI location = UriComponentsBuilder.fromPath("/api/v1/monthly-reports/{key}")
            .buildAndExpand(created.key())
            .encode()
            .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{key}")
    MonthlyReportView update(@PathVariable String key, @RequestBody MonthlyReportForm form,
            Authentication authentication) {
        return this.reports.update(authentication, key, form);
    }

    @PostMapping("/{key}/submit")
    MonthlyReportView submit(@PathVariable String key, Authentication authentication) {
        return this.reports.step(authentication, key, Step.SUBMIT, null);
    }

    @PostMapping("/{key}/return")
    MonthlyReportView giveBack(@PathVariable String key, @RequestBody(required = false) StepRequest request,
            Authentication authentication) {
        return this.reports.step(authentication, key, Step.RETURN, request == null ? null : request.comment());
    }

    @PostMapping("/{key}/review")
    MonthlyReportView review(@PathVariable String key, Authentication authentication) {
        return this.reports.step(authentication, key, Step.REVIEW, null);
    }

    @PostMapping("/{key}/approve")
    MonthlyReportView approve(@PathVariable String key, Authentication authentication) {
        return this.reports.step(authentication, key, Step.APPROVE, null);
    }

    @PostMapping("/{key}/reopen")
    MonthlyReportView reopen(@PathVariable String key, @RequestBody(required = false) StepRequest request,
            Authentication authentication) {
        return this.reports.step(authentication, key, Step.REOPEN,
                request == null ? null : request.reason() != null ? request.reason() : request.comment());
    }

    /**
     * A step's body: a return's {@code comment}, a reopening's {@code reason}; none for
     * the other steps.
     */
    record StepRequest(String comment, String reason) {
    }

}
