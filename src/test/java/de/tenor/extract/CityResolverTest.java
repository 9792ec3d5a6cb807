package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CityResolverTest {

    private final CityResolver cities = new CityResolver();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            der Frau A. gegen die Stadt Gelsenkirchen, vertreten durch die Oberbürgermeisterin            | Gelsenkirchen
            gegen die Oberbürgermeisterin der Stadt Duisburg                                              | Duisburg
            des Herrn B. gegen das Jobcenter Essen, vertreten durch den Geschäftsführer                   | Essen
            gegen das Jobcenter Dortmund                                                                  | Dortmund
            gegen die Ausländerbehörde der Stadt Hagen                                                    | Hagen
            gegen das Jobcenter Kreis Recklinghausen                                                      | Kreis Recklinghausen
            gegen den Landrat des Kreises Recklinghausen                                                  | Kreis Recklinghausen
            gegen die Stadt Mülheim an der Ruhr                                                           | Mülheim an der Ruhr
            Antragsgegnerin: Stadt Bochum, vertreten durch den Oberbürgermeister                           | Bochum
            gegen die Stadt H., vertreten durch den Oberbürgermeister                                     | unknown
            gegen das Jobcenter E.                                                                        | unknown
            gegen das Jobcenter Köln                                                                      | Köln
            der Frau A., wohnhaft in Herne, Prozessbevollmächtigte: Rechtsanwältin B.                     | unknown
            """)
    void rubrum_names_the_authority_city(String rubrum, String city) {
        assertEquals(city, cities.resolve(rubrum, ""));
    }

    @Test
    void rubrum_wins_over_mentions_in_the_reasons() {
        assertEquals("Dortmund", cities.resolve("gegen das Jobcenter Dortmund",
                "Die Antragstellerin war zuvor beim Jobcenter Essen gemeldet; die Ausländerbehörde der Stadt Essen ..."));
    }

    @Test
    void court_seat_is_not_the_authority_city() {
        assertEquals("Bochum", cities.resolve("", "Das Verwaltungsgericht Gelsenkirchen ist zuständig. "
                + "Die Ordnungsverfügung der Stadt Bochum vom 4. März 2024 ist rechtswidrig."));
        assertEquals("unknown", cities.resolve("", "Verwaltungsgericht Gelsenkirchen, 8 L 469/24"));
    }

    @Test
    void in_the_reasons_only_authority_phrases_count_and_the_most_frequent_wins() {
        String reasons = "Die Antragstellerin wohnt in Herne. Das Jobcenter Herne gewährte Leistungen; die Ausländerbehörde "
                + "der Stadt Herne stellte den Verlust fest. Zuvor lebte sie in Duisburg. Vgl. EuGH, Jobcenter Krefeld, C-181/19.";
        assertEquals("Herne", cities.resolve(null, reasons));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mit Ordnungsverfügung vom 3. Mai 2025 stellte die Stadt Dortmund den Verlust des Freizügigkeitsrechts fest.   | Dortmund
            Die Stadt Hagen lehnte den Antrag ab. Die Klägerin wohnt seit 2019 in Hagen.                                  | Hagen
            Die ARGE Duisburg bewilligte zunächst Arbeitslosengeld II.                                                    | Duisburg
            Der Antragsteller bezog Leistungen vom Jobcenter H, das sie im Mai einstellte.                                | unknown
            Die Antragsgegnerin, die Stadt N01, ordnete die sofortige Vollziehung an.                                      | unknown
            Das Jobcenter der Stadt Gelsenkirchen (Antragsgegner) lehnte ab.                                              | Gelsenkirchen
            Die Klägerin lebt in der Stadt Essen und arbeitet in einer Bäckerei.                                          | unknown
            """)
    void authority_named_in_the_reasons(String reasons, String city) {
        // NRWE pages publish no rubrum: the reasons are often the only place that names the authority.
        assertEquals(city, cities.resolve("", reasons));
    }

    @Test
    void anonymised_authority_in_reasons_is_unknown() {
        assertEquals("unknown", cities.resolve("", "Die Oberbürgermeisterin der Stadt H. stellte den Verlust fest."));
    }

    @Test
    void no_authority_named_is_unknown() {
        assertEquals("unknown", cities.resolve("", "Die Klage ist zulässig."));
    }

    @Test
    void news_lists_known_cities_in_order_of_first_mention() {
        String text = "In Duisburg-Marxloh und Gelsenkirchen prüfen die Behörden. Die Duisburger Ausländerbehörde ... "
                + "Nach dem Essen ging es nach Dortmund. Auch Essen und Hagen sind betroffen; Gelsenkirchen erneut.";
        assertEquals(List.of("Duisburg", "Gelsenkirchen", "Dortmund", "Essen", "Hagen"), cities.mentioned(text));
    }
}
