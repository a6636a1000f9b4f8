package dev.saywho.ingest.rest;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import dev.saywho.web.ApiKeys;

/** OpenAPI document header and the API-key security scheme of the write endpoints. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Saywho ingest API",
                        version = "1.0.0",
                        description = "Submit news articles; read back quotations with speaker, role and affiliation; "
                                + "search and export them."))
@SecurityScheme(
        securitySchemeName = IngestOpenApi.API_KEY,
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = ApiKeys.KEY_HEADER,
        description =
                "Required on POST endpoints when saywho.ingest.api-keys (SAYWHO_INGEST_API_KEYS) is set, and on every "
                        + "endpoint when SAYWHO_INGEST_PROTECT_READS is true. Authorization: Bearer <key> works too.")
public class IngestOpenApi extends Application {

    static final String API_KEY = "apiKey";
}
