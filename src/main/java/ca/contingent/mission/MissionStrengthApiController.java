package ca.contingent.mission;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mission's authorized strength over time: {@code GET} the history, {@code POST} a
 * change from a date on ({@code {"effectiveFrom":"2030-06-01","strength":6}}; 422 naming
 * each broken field, nothing written).
 */
@RestController
@RequestMapping("/api/v1/missions/{code}/strength")
class MissionStrengthApiController {

    private final MissionStrengths strengths;

    MissionStrengthApiController(MissionStrengths strengths) {
        this.strengths = strengths;
    }

    @GetMapping
    StrengthJson history(@PathVariable String code) {
        return StrengthJson.of(code, this.strengths.of(code));
    }

    @PostMapping
    StrengthJson change(@PathVariable String code, @RequestBody(required = false) ChangeRequest body) {
        ChangeRequest request = body == null ? new ChangeRequest(null, null) : body;
        return StrengthJson.of(code, this.strengths.change(code, request.effectiveFrom(), request.strength()));
    }

    record ChangeRequest(LocalDate effectiveFrom, Integer strength) {
    }

    record StrengthJson(String mission, Integer authorizedStrength, List<StrengthHistory.Change> changes) {

        static StrengthJson of(String code, StrengthHistory history) {
            return new StrengthJson(code, history.base(), history.changes());
        }

    }

}
