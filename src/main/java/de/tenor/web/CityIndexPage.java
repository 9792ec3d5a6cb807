package de.tenor.web;

import java.util.List;

/** {@code /stadt}: every city of the corpus with its number of documents. */
public record CityIndexPage(List<CityPage.Count> cities) {
}
