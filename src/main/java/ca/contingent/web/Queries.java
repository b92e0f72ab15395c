package ca.contingent.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of the current page, to build links to the same list with some
 * parameters changed (sort headings, pages). Pages reach it as {@code ${query}}.
 */
public final class Queries {

    private final String queryString;

    Queries(String queryString) {
        this.queryString = queryString;
    }

    /**
     * {@code ?name=value&…}: the current parameters with these replaced, the language
     * switch left out.
     */
    public String with(String... namesAndValues) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance().query(this.queryString);
        builder.replaceQueryParam("lang");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.replaceQueryParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        String query = builder.build().getQuery();
        return "?" + (query == null ? "" : query);
    }

}
