package ca.contingent.publication;

import ca.contingent.reporting.AnnualReport;
import ca.contingent.shared.FiscalYear;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds {@code "published":{"at","by"}} (or {@code null}) to the annual report's JSON, so
 * that a client of {@code GET /api/v1/reports/annual/{fiscalYear}} knows whether the
 * current figures it reads are those of a published year. The report keeps its contract
 * shape; only a member is added. It is done here rather than in {@code reporting} so that
 * the report does not depend on publication (which depends on the report).
 */
@ControllerAdvice
class PublishedMarker implements ResponseBodyAdvice<Object> {

    private final Publications publications;

    private final ObjectMapper json;

    PublishedMarker(Publications publications, ObjectMapper json) {
        this.publications = publications;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return AnnualReport.class.equals(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof AnnualReport report) || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body;
        }
        ObjectNode node = this.json.valueToTree(report);
        this.publications.find(FiscalYear.parse(report.fiscalYear()))
            .ifPresentOrElse((publication) -> node.set("published", this.json.valueToTree(publication.marker())),
                    () -> node.putNull("published"));
        return node;
    }

}
