package dev.saywho.ingest.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The audit log: newest change first, of an article, a quote or a speaker (either side of a merge or split). */
@ApplicationScoped
public class CorrectionRepository implements PanacheRepository<CorrectionEntity> {

    private static final String WHERE = " from CorrectionEntity c where (:article is null or c.articleId = :article)"
            + " and (:quote is null or c.quoteId = :quote)"
            + " and (:speaker is null or c.speakerId = :speaker or c.otherSpeakerId = :speaker)";

    public List<CorrectionEntity> page(Long articleId, Long quoteId, Long speakerId, int page, int size) {
        return getEntityManager()
                .createQuery("select c" + WHERE + " order by c.id desc", CorrectionEntity.class)
                .setParameter("article", articleId)
                .setParameter("quote", quoteId)
                .setParameter("speaker", speakerId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(Long articleId, Long quoteId, Long speakerId) {
        return getEntityManager()
                .createQuery("select count(c)" + WHERE, Long.class)
                .setParameter("article", articleId)
                .setParameter("quote", quoteId)
                .setParameter("speaker", speakerId)
                .getSingleResult();
    }
}
