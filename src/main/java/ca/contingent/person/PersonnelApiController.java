package ca.contingent.person;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster for other tools: people in the caller's scope, each with their agency's code
 * and languages.
 */
@RestController
@RequestMapping("/api/v1/personnel")
class PersonnelApiController {

    private final PersonService people;

    private final ScopeResolver scopes;

    PersonnelApiController(PersonService people, ScopeResolver scopes) {
        this.people = people;
        this.scopes = scopes;
    }

    @GetMapping
    Items<PersonJson> list(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
            Authentication authentication) {
        PersonFilter filter = new PersonFilter(q, agency, null, null, null);
        return new Items<>(this.people.list(this.scopes.of(authentication), filter, null, null)
            .stream()
            .map(PersonJson::of)
            .toList());
    }

    @GetMapping("/{externalId}")
    PersonDetailJson get(@PathVariable String externalId, Authentication authentication) {
        PersonRecord record = this.people.read(this.scopes.of(authentication), externalId);
        return PersonDetailJson.of(record.person(), record.deployments());
    }

    record Items<T>(List<T> items) {
    }

    record PersonJson(String externalId, String familyName, String givenName, Gender gender, PersonCategory category,
            String agency, String rank, List<String> languages) {

        static PersonJson of(PersonRow row) {
            return new PersonJson(row.externalId(), row.familyName(), row.givenName(), row.gender(), row.category(),
                    row.agency(), row.rank(), row.languageList());
        }

    }

    record PersonDetailJson(String externalId, String familyName, String givenName, Gender gender,
            PersonCategory category, String agency, String rank, List<String> languages,
            List<DeploymentJson> deployments) {

        static PersonDetailJson of(PersonRow row, List<PersonDeployment> history) {
            return new PersonDetailJson(row.externalId(), row.familyName(), row.givenName(), row.gender(),
                    row.category(), row.agency(), row.rank(), row.languageList(),
                    history.stream().map(DeploymentJson::of).toList());
        }

    }

    /** The same shape as an item of GET /api/v1/deployments. */
    record DeploymentJson(String externalId, String person, String mission, String role, boolean leadership,
            String term, LocalDate startDate, LocalDate endDate, String status) {

        static DeploymentJson of(PersonDeployment d) {
            return new DeploymentJson(d.externalId(), d.person(), d.mission(), d.role(), d.leadership(), d.term(),
                    d.startDate(), d.endDate(), d.status());
        }

    }

}
