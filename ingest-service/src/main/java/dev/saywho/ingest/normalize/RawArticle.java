package dev.saywho.ingest.normalize;

/** An article as received: a title, a URL, and exactly one of plain text or HTML. */
public record RawArticle(String title, String text, String html, String url) {

    public RawArticle {
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("exactly one of text and html must be given");
        }
    }
}
