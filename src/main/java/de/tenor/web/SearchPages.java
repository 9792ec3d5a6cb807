package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.search.Facet;
import de.tenor.search.FacetCount;
import de.tenor.search.FactFilter;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.SortOrder;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link SearchResult} into the {@link SearchPage} the template renders. */
final class SearchPages {

    /**
     * Issue 7: facets with many values show only the most frequent ones (plus ticked ones); issue 10
     * folds all but the first eight behind "mehr anzeigen", so a few more fit.
     */
    private static final List<Facet> LONG_FACETS = List.of(Facet.NORM, Facet.EU_CASE);
    private static final int LONG_FACET_VALUES = 30;

    private SearchPages() {
    }

    static SearchPage of(SearchResult result) {
        return of(result, UiText.GERMAN);
    }

    /** Issue 10: the page in the UI language of {@code t}. */
    static SearchPage of(SearchResult result, UiText t) {
        SearchRequest req = result.request();
        SearchUrls urls = new SearchUrls(req);
        List<SearchPage.Hit> hits = result.hits().stream().map(h -> hit(h, t)).toList();
        List<SearchPage.Facet> facets = new ArrayList<>();
        List<SearchPage.ActiveFilter> active = new ArrayList<>();
        for (var entry : result.facets().entrySet()) {
            Facet dim = entry.getKey();
            List<SearchPage.FacetValue> values = new ArrayList<>();
            int i = 0;
            for (FacetCount c : entry.getValue()) {
                values.add(new SearchPage.FacetValue(c.value(), t.value(dim, c.value()), c.count(), c.selected(),
                        "f-" + dim.param() + "-" + (i++)));
            }
            if (LONG_FACETS.contains(dim) && values.size() > LONG_FACET_VALUES) {
                // Cited norms and EuGH cases run into the hundreds: the most frequent and the ticked ones stay.
                List<SearchPage.FacetValue> all = values;
                values = new ArrayList<>(all.subList(0, LONG_FACET_VALUES));
                all.subList(LONG_FACET_VALUES, all.size()).stream().filter(SearchPage.FacetValue::selected).forEach(values::add);
            }
            if (!values.isEmpty()) {
                facets.add(new SearchPage.Facet(dim.param(), t.dimension(dim), values));
            }
            for (String v : req.selected(dim)) {
                active.add(new SearchPage.ActiveFilter(t.dimension(dim) + ": " + t.value(dim, v), urls.without(dim, v)));
            }
        }
        if (req.from() != null || req.to() != null) {
            String range = (req.from() == null ? "…" : t.date(req.from())) + " – " + (req.to() == null ? "…" : t.date(req.to()));
            active.add(new SearchPage.ActiveFilter(t.get("filters.period.value", range), urls.withoutDates()));
        }
        // Issue 11: hour and pay ranges, each removable on its own.
        if (req.facts().hasHours()) {
            active.add(new SearchPage.ActiveFilter("Wochenstunden: " + FactsText.range(req.facts().hoursMin(),
                    req.facts().hoursMax(), ""), urls.withoutHours()));
        }
        if (req.facts().hasPay()) {
            active.add(new SearchPage.ActiveFilter("Monatslohn: " + FactsText.range(req.facts().payMin(),
                    req.facts().payMax(), " €"), urls.withoutPay()));
        }
        int totalPages = result.totalPages();
        SearchPage page = new SearchPage(
                req.query(),
                req.effectiveSort().param(),
                req.sort() == null ? "" : req.sort().param(),
                req.from() == null ? "" : req.from().toString(),
                req.to() == null ? "" : req.to().toString(),
                result.total(),
                totalText(result.total(), t),
                hits,
                facets,
                active,
                urls.withoutFilters(),
                req.page() > 1 ? urls.page(req.page() - 1) : null,
                req.page() < totalPages ? urls.page(req.page() + 1) : null,
                req.page(),
                totalPages,
                urls.sortedBy(SortOrder.RELEVANCE),
                urls.sortedBy(SortOrder.DATE),
                null,
                null,
                "",
                req.facts(),
                null,
                false);
        return result.correction() == null && !result.missesWords() ? page : page.withNotes(notes(result, urls, t));
    }

    /** Issue 17: the spelling correction and how many results contain every word. */
    private static SearchPage.QueryNotes notes(SearchResult result, SearchUrls urls, UiText t) {
        SearchResult.Correction c = result.correction();
        String missing = !result.missesWords() ? null : result.allWordsTotal() == 0 ? t.get("results.missingwords.all")
                : t.get("results.missingwords", t.number(result.allWordsTotal()), t.number(result.total()));
        return new SearchPage.QueryNotes(c == null ? null : result.request().query(), c == null ? null : c.typed(),
                c == null ? null : urls.asTyped(c.typed()), missing);
    }

    /** The page for a query that could not be run: the form keeps what the user typed. */
    static SearchPage error(String query, String message) {
        return new SearchPage(query == null ? "" : query, "relevance", "", "", "", 0, "", List.of(), List.of(), List.of(),
                "/search", null, null, 1, 1, "/search", "/search?sort=date", message, null, "", FactFilter.NONE, null, false);
    }

    private static SearchPage.Hit hit(SearchHit h, UiText t) {
        Document d = h.document();
        String outcome = d.ruling().outcome() == null ? null : d.ruling().outcome().json();
        return new SearchPage.Hit(
                "/doc/" + d.id(),
                d.title().isBlank() ? t.get("hit.untitled") : d.title(),
                t.value(Facet.TYPE, d.type().json()),
                d.ruling().court(),
                d.ruling().decisionType(),
                t.date(d.sortDate()),
                d.ruling().docket(),
                d.ruling().city() == null ? null : t.value(Facet.CITY, d.ruling().city()),
                outcome,
                outcome == null ? null : t.value(Facet.OUTCOME, outcome),
                d.news().outlet(),
                h.snippetHtml(),
                d.ruling().procedure() == null ? null : t.value(Facet.PROCEDURE, d.ruling().procedure().json()),
                FactsText.summary(d),
                d.sample());
    }

    private static String totalText(long total, UiText t) {
        if (total == 0) {
            return t.get("results.none");
        }
        return total == 1 ? t.get("results.one") : t.get("results.many", t.number(total));
    }
}
