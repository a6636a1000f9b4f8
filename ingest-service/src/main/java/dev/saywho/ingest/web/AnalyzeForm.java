package dev.saywho.ingest.web;

import jakarta.ws.rs.FormParam;

/** The Analyze form: pasted text or HTML with optional metadata, and the API key when writes need one. */
public class AnalyzeForm {

    /** "text" or "html": how to read {@link #content}. */
    @FormParam("format")
    public String format;

    @FormParam("content")
    public String content;

    @FormParam("title")
    public String title;

    @FormParam("source")
    public String source;

    @FormParam("url")
    public String url;

    @FormParam("publishedAt")
    public String publishedAt;

    /** Never shown again in a page. */
    @FormParam("apiKey")
    public String apiKey;

    public boolean html() {
        return "html".equals(format);
    }

    public String content() {
        return content;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String url() {
        return url;
    }

    public String publishedAt() {
        return publishedAt;
    }
}
