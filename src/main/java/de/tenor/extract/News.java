package de.tenor.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What a news article says about itself: the part of a {@link Document} only news have; {@link #NONE} for
 * rulings. Unknown values are {@code null}, the list is never null. Immutable.
 *
 * @param cities the Ruhr cities the article mentions
 */
public record News(String outlet, LocalDate published, List<String> cities) {

    public static final News NONE = new News(null, null, List.of());

    public News {
        cities = cities == null ? List.of() : List.copyOf(cities);
    }
}
