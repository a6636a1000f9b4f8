package dev.saywho.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.saywho.ingest.normalize.ArticleNormalizer;

/** Makes the plain-Java article normalizer injectable. */
@ApplicationScoped
public class NormalizerProducer {

    @Produces
    @Singleton // no client proxy: the normalizer is a plain class that need not be proxyable
    ArticleNormalizer articleNormalizer() {
        return new ArticleNormalizer();
    }
}
