package dev.saywho.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlsTest {

    private static final String PAGE = "https://news.example.org/port-tessaly/bridge";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://news.example.org/port-tessaly/bridge",
                "  https://news.example.org/port-tessaly/bridge  ",
                "HTTPS://News.Example.ORG/port-tessaly/bridge",
                "https://news.example.org:443/port-tessaly/bridge",
                "https://news.example.org/port-tessaly/bridge/",
                "https://news.example.org/port-tessaly/bridge//",
                "https://news.example.org/port-tessaly/bridge#comments",
                "https://news.example.org/port-tessaly/bridge?",
                "https://news.example.org/port-tessaly/bridge?utm_source=feed&utm_medium=rss&UTM_Campaign=spring",
                "https://news.example.org/port-tessaly/bridge?fbclid=IwAR0&gclid=Cj0K&mc_cid=1a&mc_eid=2b#top",
                "https://news.example.org/port-tessaly/%62ridge",
                "https://news.example.org/port-tessaly/./bridge",
                "https://news.example.org/world/../port-tessaly/bridge",
                "https://news.example.org/port-tessaly/%2e%2e/port-tessaly/bridge"
            })
    void spellingsOfOnePageAreOne(String spelling) {
        assertThat(CanonicalUrls.canonical(spelling)).isEqualTo(PAGE);
    }

    @ParameterizedTest
    @CsvSource({
        "http://news.example.org:80/a, http://news.example.org/a",
        "http://news.example.org:443/a, http://news.example.org:443/a",
        "https://news.example.org:8443/a, https://news.example.org:8443/a",
        "https://news.example.org, https://news.example.org/",
        "https://news.example.org/, https://news.example.org/",
        "https://news.example.org/?utm_source=x, https://news.example.org/",
        "https://news.example.org/a?id=7&utm_source=x&page=2, https://news.example.org/a?id=7&page=2",
        "https://news.example.org/a?page=2&id=7, https://news.example.org/a?page=2&id=7",
        "https://news.example.org/a%2fb?q=%e2%82%ac, https://news.example.org/a%2Fb?q=%E2%82%AC",
        "https://news.example.org/%7Eeditor, https://news.example.org/~editor",
        "https://[2001:DB8::1]:443/a, https://[2001:db8::1]/a",
        "https://News.Example.org/Port-Tessaly/Bridge, https://news.example.org/Port-Tessaly/Bridge"
    })
    void normalizesOnlyWhatDoesNotChangeThePage(String url, String canonical) {
        assertThat(CanonicalUrls.canonical(url)).isEqualTo(canonical);
    }

    @Test
    void schemesStayApartAndNothingIsInvented() {
        assertThat(CanonicalUrls.canonical("http://news.example.org/a"))
                .isNotEqualTo(CanonicalUrls.canonical("https://news.example.org/a"));
        assertThat(CanonicalUrls.canonical(null)).isNull();
        assertThat(CanonicalUrls.canonical("not a url")).isEqualTo("not a url");
    }
}
