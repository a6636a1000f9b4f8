package dev.saywho.ingest.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.saywho.common.Quote;
import dev.saywho.common.Speaker;

/**
 * The attribution response exactly as it came over the wire: unlike {@link dev.saywho.common.AttributionResponse} it
 * keeps a missing or null {@code quotes} as null, so that {@link AttributionResponseValidator} can refuse it instead of
 * storing "no quotes".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AttributionWireResponse(String id, String engineVersion, List<Quote> quotes, List<Speaker> speakers) {}
