package ca.contingent.results;

import java.math.BigDecimal;
import java.util.List;

import ca.contingent.shared.FiscalYear;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResultsApiController {

    private final Results results;

    ResultsApiController(Results results) {
        this.results = results;
    }

    /**
     * Every target of the year with its actual and progress; with {@code mission}, that
     * mission's targets only. A malformed year is 400, an unknown mission 404.
     */
    @GetMapping("/api/v1/reports/results/{fiscalYear}")
    Answer results(@PathVariable String fiscalYear, @RequestParam(required = false) String mission) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        return new Answer(this.results.forYear(year, mission, LocaleContextHolder.getLocale())
            .stream()
            .map((item) -> new Item(item.indicator(), item.mission(), item.unit(), item.baseline(), item.target(),
                    item.actual(), item.progressPercent()))
            .toList());
    }

    /** The contract's shape, nothing more. */
    record Answer(List<Item> items) {
    }

    record Item(String indicator, String mission, Unit unit, BigDecimal baseline, BigDecimal target, BigDecimal actual,
            Integer progressPercent) {
    }

}
