package dev.saywho.ingest.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.saywho.common.AttributionRequest;
import dev.saywho.common.AttributionResponse;

/** HTTP binding of the attribution service; use {@link AttributionClient}, which adds the fault tolerance. */
@RegisterRestClient(configKey = "attribution")
@Path("/api/v1/attributions")
interface AttributionRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    AttributionResponse attribute(AttributionRequest request);
}
