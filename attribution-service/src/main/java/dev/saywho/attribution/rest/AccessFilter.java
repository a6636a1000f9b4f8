package dev.saywho.attribution.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.attribution.config.AccessPolicy;
import dev.saywho.web.ApiKeys;
import dev.saywho.web.CrossSiteRequests;
import dev.saywho.web.Problems;

/**
 * Guards the API once routing has chosen the resource, so no spelling of a path can dodge it: with keys configured
 * every API call needs one, and browsers may not post on behalf of another site. The paste page and the platform
 * endpoints under /q/ are not API resources and never pass through here.
 */
public class AccessFilter {

    private final AccessPolicy policy;

    public AccessFilter(AccessPolicy policy) {
        this.policy = policy;
    }

    @ServerRequestFilter
    public Response authorize(ContainerRequestContext request) {
        String path = ProblemMappers.path(request.getUriInfo());
        if ("POST".equals(request.getMethod())
                && CrossSiteRequests.isCrossSite(
                        request.getHeaderString("Origin"),
                        request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString("Host"))) {
            return ProblemMappers.problem(Problems.forbidden(path, "Cross-site requests are not accepted."));
        }
        if (policy.keys().required()
                && !policy.keys()
                        .accepts(ApiKeys.presented(
                                request.getHeaderString(ApiKeys.KEY_HEADER),
                                request.getHeaderString(ApiKeys.AUTHORIZATION_HEADER)))) {
            return Response.fromResponse(ProblemMappers.problem(Problems.unauthorized(path)))
                    .header("WWW-Authenticate", "Bearer realm=\"saywho\"")
                    .build();
        }
        return null;
    }
}
