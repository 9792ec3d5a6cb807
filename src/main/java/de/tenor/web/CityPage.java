package de.tenor.web;

import java.util.List;

/**
 * One city ({@code /stadt/{name}}): its newest rulings and news side by side, how its rulings
 * ended and which courts decided them. "City" is the city of the authority, as in the facet.
 */
public record CityPage(String city, String label, int rulingCount, int newsCount, List<Item> rulings,
                       List<Item> news, List<Count> outcomes, List<Count> courts, String rulingsUrl,
                       String newsUrl, String compareUrl, String feedUrl) {

    /** A document in one of the two columns. */
    public record Item(String url, String title, String meta, String outcome, String outcomeLabel) {
    }

    /** A value with its count, linking to the matching result list; {@code css} colours outcome badges. */
    public record Count(String label, int count, String href, String css) {
    }

    public boolean hasRulings() {
        return !rulings.isEmpty();
    }

    public boolean hasNews() {
        return !news.isEmpty();
    }
}
