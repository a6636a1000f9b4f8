package dev.saywho.ingest.rest;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.saywho.ingest.config.AccessPolicy;
import dev.saywho.web.Problems;
import dev.saywho.web.PublicHost;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * With a public URL configured ({@code saywho.ingest.public-url}), the pages and the API, reads and writes, answer only
 * requests addressed to it or to a loopback name: a request whose Host names another host:port is refused with 403
 * before routing (DNS rebinding, see {@link PublicHost}). The platform endpoints under /q/ (probes, metrics) are not
 * served here and stay reachable by address. Without a public URL every host is accepted.
 */
public class PublicHostFilter {

    private final Optional<PublicHost> publicHost;

    public PublicHostFilter(AccessPolicy policy) {
        this.publicHost = policy.publicHost();
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpServerRequest httpRequest) {
        if (publicHost.isEmpty()) {
            return null;
        }
        HostAndPort authority = httpRequest.authority();
        if (authority != null && publicHost.get().admits(authority.host(), authority.port())) {
            return null;
        }
        return ProblemMapper.problem(Problems.forbidden(
                request.getUriInfo().getRequestUri().getRawPath(),
                "This service answers requests addressed to " + publicHost.get()
                        + " only; the Host header names another host."));
    }
}
