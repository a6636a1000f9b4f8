package dev.saywho.ingest.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write of the web pages whose API key travels in the submitted form (a browser form cannot set a header):
 * {@link AccessFilter} still refuses it cross-site but leaves the key check to the method, which must call
 * {@link FormKeyCheck#accepts} before it writes anything.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FormApiKey {}
