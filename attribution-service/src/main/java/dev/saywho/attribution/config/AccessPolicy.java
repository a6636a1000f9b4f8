package dev.saywho.attribution.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.saywho.web.ApiKeys;
import io.quarkus.runtime.Startup;

/** The keys the API requires, if any; built at start-up so that a misconfigured key setting stops the service. */
@Startup
@ApplicationScoped
public class AccessPolicy {

    static final String API_KEYS_PROPERTY = "saywho.attribution.api-keys";

    private final ApiKeys keys;

    public AccessPolicy() {
        // The raw value: the typed mapping reads a blank setting as absent, which would leave the API open.
        String raw =
                ConfigProvider.getConfig().getConfigValue(API_KEYS_PROPERTY).getRawValue();
        this.keys = ApiKeys.parse(Optional.ofNullable(raw), "SAYWHO_ATTRIBUTION_API_KEYS (" + API_KEYS_PROPERTY + ")");
    }

    public ApiKeys keys() {
        return keys;
    }
}
