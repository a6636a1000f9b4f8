package dev.saywho.ingest.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.saywho.web.ApiKeys;
import dev.saywho.web.PublicHost;
import io.quarkus.runtime.Startup;

/**
 * Who may call the API: the configured keys, whether reads need one, and the public host requests must be addressed
 * to. Built at start-up, so a misconfigured key setting or public URL stops the service instead of leaving it open.
 */
@Startup
@ApplicationScoped
public class AccessPolicy {

    static final String API_KEYS_PROPERTY = "saywho.ingest.api-keys";

    private final ApiKeys keys;
    private final boolean protectReads;
    private final Optional<PublicHost> publicHost;

    public AccessPolicy(IngestConfig config) {
        // The raw value: the typed mapping reads a blank setting as absent, which would leave the API open.
        String raw =
                ConfigProvider.getConfig().getConfigValue(API_KEYS_PROPERTY).getRawValue();
        this.keys = ApiKeys.parse(Optional.ofNullable(raw), "SAYWHO_INGEST_API_KEYS (" + API_KEYS_PROPERTY + ")");
        this.protectReads = config.protectReads();
        this.publicHost = config.publicUrl().map(PublicHost::of);
        if (protectReads && !keys.required()) {
            throw new IllegalArgumentException(
                    "SAYWHO_INGEST_PROTECT_READS is true but SAYWHO_INGEST_API_KEYS is not set: "
                            + "reads cannot be protected without keys");
        }
    }

    public ApiKeys keys() {
        return keys;
    }

    /** The host requests must name when a public URL is configured (besides loopback names); empty otherwise. */
    public Optional<PublicHost> publicHost() {
        return publicHost;
    }

    /** Whether a request with this HTTP method needs a key. */
    public boolean requiresKey(String method) {
        return keys.required() && (!isRead(method) || protectReads);
    }

    /** Whether this HTTP method only reads: everything else is a write. */
    public static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
