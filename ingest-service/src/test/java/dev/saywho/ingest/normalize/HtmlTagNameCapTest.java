package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTagNameCapTest {

    @Test
    void leavesRealMarkupAlone() {
        String html = "<!DOCTYPE html><html><body><my-custom-element data-x=\"a<b\">1 < 2</my-custom-element>"
                + "<p>Varga<br/>said</p></body></html>";
        assertThat(HtmlExtractor.capTagNames(html)).isEqualTo(html);
    }

    @Test
    void cutsGarbageTagNames() {
        String name = "a".repeat(64);
        assertThat(HtmlExtractor.capTagNames("<" + name + "bcd>x</" + name + "e>"))
                .isEqualTo("<" + name + " bcd>x</" + name + " e>");
    }
}
