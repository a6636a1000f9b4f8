package dev.saywho.ingest.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.ingest.config.AccessPolicy;
import dev.saywho.ingest.http.Caller;
import dev.saywho.ingest.http.FormApiKey;
import dev.saywho.web.ApiKeys;
import dev.saywho.web.CrossSiteRequests;
import dev.saywho.web.Problems;
import io.vertx.core.http.HttpServerRequest;

/**
 * Guards every API resource once routing has chosen it: a write (and with protect-reads a read too) needs a configured
 * key when keys are set, and browsers may not send writes on behalf of another site. The decision is taken after
 * matching, on the resource the request really reaches, so no spelling of a path ({@code /q/%2e%2e/api/...}) can
 * dodge it; the platform endpoints under /q/ are not API resources and never pass through here.
 */
public class AccessFilter {

    private final AccessPolicy policy;
    private final Caller caller;

    public AccessFilter(AccessPolicy policy, Caller caller) {
        this.policy = policy;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Response authorize(ContainerRequestContext request, HttpServerRequest httpRequest, ResourceInfo resource) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        boolean write = !AccessPolicy.isRead(method);
        if (write
                && CrossSiteRequests.isCrossSite(
                        request.getHeaderString("Origin"),
                        request.getHeaderString("Sec-Fetch-Site"),
                        request.getHeaderString("Host"))) {
            return ProblemMapper.problem(Problems.forbidden(path, "Cross-site writes are not accepted."));
        }
        var presented = ApiKeys.presented(
                request.getHeaderString(ApiKeys.KEY_HEADER), request.getHeaderString(ApiKeys.AUTHORIZATION_HEADER));
        // A page's form write carries its key in the body, which is not read yet: the method checks it (FormKeyCheck).
        boolean keyInForm = write
                && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(FormApiKey.class);
        if (policy.requiresKey(method) && !keyInForm && !policy.keys().accepts(presented)) {
            return Response.fromResponse(ProblemMapper.problem(Problems.unauthorized(path)))
                    .header("WWW-Authenticate", "Bearer realm=\"saywho\"")
                    .build();
        }
        if (write) {
            caller.identify(
                    policy.keys().required() && presented.isPresent()
                            ? ApiKeys.fingerprint(presented.get())
                            : "address:"
                                    + (httpRequest.remoteAddress() == null
                                            ? "unknown"
                                            : httpRequest.remoteAddress().hostAddress()));
        }
        return null;
    }
}
