package dev.saywho.ingest.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.saywho.common.AttributionRequest;

/**
 * HTTP binding of the attribution service; use {@link AttributionClient}, which adds validation and fault tolerance.
 */
@RegisterRestClient(configKey = "attribution")
@Path("/api/v1/attributions")
interface AttributionRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = "X-API-Key", value = "{apiKey}", required = false)
    AttributionWireResponse attribute(AttributionRequest request);

    /** The key the attribution service requires, if it requires one (saywho.ingest.attribution.api-key). */
    default String apiKey() {
        return ConfigProvider.getConfig()
                .getOptionalValue("saywho.ingest.attribution.api-key", String.class)
                .filter(key -> !key.isBlank())
                .orElse(null);
    }
}
