package dev.saywho.ingest.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Turns a raw article (text or HTML) into clean paragraphs plus metadata, recording everything it removed. */
public final class ArticleNormalizer {

    private final TextHygiene hygiene = new TextHygiene();
    private final Paragraphs paragraphs = new Paragraphs();
    private final BoilerplateStripper boilerplate = new BoilerplateStripper();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor(hygiene);

    public ArticleNormalizer() {}

    /** Normalizes one article; safe to call from several threads at once. */
    public NormalizedArticle normalize(RawArticle raw) {
        Objects.requireNonNull(raw, "raw");
        List<RemovedText> removed = new ArrayList<>();
        String body;
        ArticleMetadata metadata;
        if (raw.html() != null) {
            HtmlExtractor.Extraction extraction = htmlExtractor.extract(raw.html(), raw.url());
            body = extraction.text();
            metadata = extraction.metadata();
            removed.addAll(extraction.removed());
        } else {
            body = raw.text();
            metadata = ArticleMetadata.EMPTY;
        }
        String title = hygiene.inline(raw.title());
        if (title != null && !title.isEmpty()) {
            metadata = metadata.withTitle(title);
        }

        List<String> kept = new ArrayList<>();
        DuplicateParagraphs duplicates = new DuplicateParagraphs();
        for (String paragraph : paragraphs.split(hygiene.clean(body))) {
            String rest = boilerplate.strip(paragraph, removed);
            if (rest == null) {
                continue;
            }
            if (duplicates.isRepeat(rest)) {
                removed.add(new RemovedText(RemovalKind.DUPLICATE_PARAGRAPH, rest));
            } else {
                kept.add(rest);
            }
        }
        return new NormalizedArticle(String.join("\n\n", kept), metadata, removed);
    }
}
