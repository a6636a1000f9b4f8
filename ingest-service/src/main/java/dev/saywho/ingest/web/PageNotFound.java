package dev.saywho.ingest.web;

import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.saywho.common.Problem;
import dev.saywho.ingest.http.NotFoundMessages;
import dev.saywho.web.Problems;

/**
 * A missing page answers a browser with a page: the site's header, what is missing and where to go, status 404. The
 * API ({@code /api/}, {@code /q/}) and every client that does not ask for HTML before JSON keep the problem+json
 * answer the API's errors have.
 */
public class PageNotFound {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uriInfo, HttpHeaders headers) {
        String path = uriInfo.getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || !prefersHtml(headers.getAcceptableMediaTypes())) {
            String instance = uriInfo.getRequestUri().getRawPath();
            return Response.status(Response.Status.NOT_FOUND)
                    .type(Problem.MEDIA_TYPE)
                    .entity(
                            NotFoundMessages.saysWhatIsMissing(e)
                                    ? Problems.notFound(instance, e.getMessage())
                                    : Problems.ofStatus(404, "Not Found", instance))
                    .build();
        }
        String message = NotFoundMessages.saysWhatIsMissing(e) ? e.getMessage() : "There is no page at " + path + ".";
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.notFound(message).render())
                .build();
    }

    /** Whether HTML comes before any JSON in the client's order of preference (a browser's Accept header). */
    static boolean prefersHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false; // "*/*" first, as curl sends: the API's answer
            }
            if (type.getType().equals("text") && type.getSubtype().equals("html")) {
                return true;
            }
            if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }
}
