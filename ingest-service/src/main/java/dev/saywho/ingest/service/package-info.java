/**
 * What the API and the pages ask for, over the normalizer, the attribution client and the persistence layer.
 *
 * <p><b>Transactions</b> are declared with {@code @Transactional} on the methods of this package's beans, and nowhere
 * else: not in resources or pages, and not programmatically.
 * <ul>
 * <li>Every public method that reads or writes the database declares one, reads included: outside a transaction the
 * session needs a CDI request context, which the retry job and the attribution pools do not have; lazily loaded
 * associations are mapped to records within it; and a page and its total, or the dashboard's figures, come from one
 * snapshot. The default ({@code REQUIRED}) joins a caller's transaction; a read changes nothing, so its commit writes
 * nothing.</li>
 * <li>{@code REQUIRES_NEW} only where committing on return is the method's contract whatever the caller holds: the
 * insert of an article and the creation of a speaker, whose unique-key violations must not roll back anything
 * else.</li>
 * <li>{@link ArticleService} and {@link BatchIngestService} call the attribution service and hold no transaction of
 * their own: normalize, store and commit; attribute outside any transaction; store the result in a second short
 * transaction. Their database work is the short transactions of {@link ArticleStore} and {@link SpeakerStore}.</li>
 * <li>A call within one bean bypasses the interceptor, so {@code @Transactional} on a method its own bean calls would
 * silently do nothing. A loop that commits, or gives its connection back, between steps therefore calls another
 * bean per step: {@link AttributionRetryJob} claims through {@link ArticleStore}, {@link QuoteExporter} reads its
 * chunks through {@link QuoteQueryService}.</li>
 * </ul>
 */
package dev.saywho.ingest.service;
