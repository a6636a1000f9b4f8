package dev.saywho.ingest.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.saywho.common.PageOf;
import dev.saywho.ingest.http.PublicLinks;

/** Adds the RFC 8288 {@code Link} header (first, prev, next, last) and {@code X-Total-Count} to a page response. */
final class PageLinks {

    static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {}

    static Response ok(PageOf<?> page, UriInfo uriInfo, PublicLinks publicLinks) {
        int last = Math.max(page.totalPages() - 1, 0);
        List<String> links = new ArrayList<>();
        links.add(link(uriInfo, publicLinks, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uriInfo, publicLinks, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uriInfo, publicLinks, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uriInfo, publicLinks, last, page.size(), "last"));
        return Response.ok(page)
                .header(TOTAL_COUNT, page.total())
                .header("Link", String.join(", ", links))
                .build();
    }

    private static String link(UriInfo uriInfo, PublicLinks publicLinks, int page, int size, String rel) {
        String uri = publicLinks.to(uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build());
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
