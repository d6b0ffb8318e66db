package dev.trustcenter.render.view;

import java.util.List;

/**
 * A compliance entry as its card and page show it. Every word here was decided in Java: the template only
 * places it.
 *
 * @param headline   one line under the name on a card, such as "Type II report · 1 July 2025 – 30 June 2026"
 * @param statusNote one sentence on the status, such as "Valid until 9 March 2028"
 * @param warning    a sentence the page must show when the dates contradict the declared status
 */
public record EntryView(
        String id,
        String name,
        String shortName,
        String kind,
        String issuer,
        StatusView status,
        String headline,
        String statusNote,
        String warning,
        List<Fact> facts,
        String summaryHtml,
        List<DocumentView> documents,
        String href,
        String lang,
        String dir,
        String requestHref) {}
