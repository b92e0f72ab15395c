package ca.contingent.publication;

import java.net.URI;

import ca.contingent.reporting.AnnualReport;
import ca.contingent.shared.FiscalYear;
import ca.contingent.shared.NotFoundException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PublicationApiController {

    private final Publications publications;

    private final ObjectMapper json;

    PublicationApiController(Publications publications, ObjectMapper json) {
        this.publications = publications;
        this.json = json;
    }

    /**
     * Publishes (freezes) the year: 201 with who and when; 409 when it is already
     * published.
     */
    @PostMapping("/api/v1/reports/annual/{fiscalYear}/publication")
    ResponseEntity<Publication> publish(@PathVariable String fiscalYear) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        Publication publication = this.publications.publish(year);
        return ResponseEntity.created(URI.create("/api/v1/reports/annual/" + year + "/publication")).body(publication);
    }

    /**
     * The report as it was published, in the shape of the annual report with
     * {@code "published":{"at","by"}}; 404 when the year is not published.
     */
    @GetMapping("/api/v1/reports/annual/{fiscalYear}/publication")
    ObjectNode published(@PathVariable String fiscalYear, @RequestParam(defaultValue = "en") String lang) {
        FiscalYear year = FiscalYear.parse(fiscalYear);
        Publication publication = this.publications.find(year)
            .orElseThrow(() -> NotFoundException.of("publication", year));
        AnnualReport report = this.publications.published(year, "fr".equals(lang) ? "fr" : "en");
        ObjectNode body = this.json.valueToTree(report);
        body.set("published", this.json.valueToTree(publication.marker()));
        return body;
    }

}
