package dev.saywho.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    @Test
    void clientsThatAreNotBrowsersAreNotCrossSite() {
        assertThat(CrossSiteRequests.isCrossSite(null, null, "localhost:8080")).isFalse();
    }

    @Test
    void fetchMetadataDecidesWhenPresent() {
        assertThat(CrossSiteRequests.isCrossSite(null, "cross-site", "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite(null, "same-site", "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite("http://localhost:8080", "same-origin", "localhost:8080"))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite(null, "none", "localhost:8080"))
                .isFalse();
    }

    @Test
    void otherwiseTheOriginMustBeTheHostAddressed() {
        assertThat(CrossSiteRequests.isCrossSite("http://localhost:8080", null, "localhost:8080"))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite("https://saywho.example.org", null, "saywho.example.org"))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite("https://saywho.example.org", null, "saywho.example.org:443"))
                .isFalse();
        assertThat(CrossSiteRequests.isCrossSite("https://evil.example", null, "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite("http://localhost:9999", null, "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite("null", null, "localhost:8080"))
                .isTrue();
        assertThat(CrossSiteRequests.isCrossSite("http://[bad", null, "localhost:8080"))
                .isTrue();
    }
}
