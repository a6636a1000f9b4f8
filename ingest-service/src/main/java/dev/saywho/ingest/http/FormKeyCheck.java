package dev.saywho.ingest.http;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import dev.saywho.ingest.config.AccessPolicy;
import dev.saywho.web.ApiKeys;

/** The key check of a {@link FormApiKey} write: the same keys as the API's header check, read from the form. */
@RequestScoped
public class FormKeyCheck {

    private final AccessPolicy policy;
    private final Caller caller;

    public FormKeyCheck(AccessPolicy policy, Caller caller) {
        this.policy = policy;
        this.caller = caller;
    }

    /** Whether writes need a key, so the page asks for one. */
    public boolean keyRequired() {
        return policy.keys().required();
    }

    /**
     * Whether the write may go ahead with the key given in the form; when a key is required and accepted, the caller
     * is recorded by its fingerprint, as for a key sent in a header.
     */
    public boolean accepts(String formKey) {
        if (!policy.keys().required()) {
            return true;
        }
        Optional<String> presented =
                Optional.ofNullable(formKey).map(String::strip).filter(k -> !k.isEmpty());
        if (!policy.keys().accepts(presented)) {
            return false;
        }
        caller.identify(ApiKeys.fingerprint(presented.get()));
        return true;
    }

    /** Who is writing, as the audit log records it: the key's fingerprint, or the client's address. */
    public String caller() {
        return caller.identity();
    }
}
