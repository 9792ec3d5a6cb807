package de.tenor.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15/16: the topic decision on wordings of the practice and of the portals' off-topic hits. */
class TopicClassifierTest {

    private final TopicClassifier classifier = new TopicClassifier();

    @ParameterizedTest(name = "on topic: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Antragstellerin ist als rumänische Staatsangehörige nach § 7 Abs. 1 Satz 2 Nr. 2 SGB II von Leistungen ausgeschlossen, weil sie kein Aufenthaltsrecht als Arbeitnehmerin hat.
            Die Stadt stellte mit Ordnungsverfügung den Verlust des Rechts auf Einreise und Aufenthalt nach § 5 Abs. 4 FreizügG/EU fest.
            Die Tätigkeit von 6 Stunden wöchentlich ist nicht völlig untergeordnet und unwesentlich; der Kläger ist Arbeitnehmer im Sinne von Art. 45 AEUV.
            Der Leistungsausschluss für Unionsbürger, deren Aufenthaltsrecht sich allein aus dem Zweck der Arbeitsuche ergibt, greift nicht.
            Das Jobcenter verneinte die Arbeitnehmereigenschaft des bulgarischen Staatsangehörigen trotz seines Minijobs.
            Die Verlustfeststellung der Ausländerbehörde ist rechtswidrig; die Richtlinie 2004/38/EG steht ihr entgegen.
            Eine Minijobberin darf bleiben: Die Verlustfeststellung der Stadt Duisburg ist aufgehoben.
            Die Stadt Hagen stellte den Verlust ihres Freizügigkeitsrechts fest.
            Eine Familie aus Rumänien: das Jobcenter zahlt nicht, weil der Vater nicht als Arbeitnehmer gilt.
            """)
    void practice_wordings_are_on_topic(String text) {
        TopicClassifier.TopicDecision d = classifier.classify("", null, text);
        assertTrue(d.onTopic(), () -> "markers " + d.markers());
        assertFalse(d.markers().isEmpty());
    }

    @ParameterizedTest(name = "off topic: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Verlustfeststellung nach § 10d EStG zum 31.12.2019 wird auf 12.000 Euro festgesetzt.
            Die Arbeitnehmereigenschaft des Geschäftsführers nach § 5 ArbGG ist zu verneinen; die Klage vor dem Arbeitsgericht ist unzulässig.
            Der Kläger ist als Student nach § 7 Abs. 5 SGB II vom Leistungsausschluss betroffen.
            Das Grundrecht auf Freizügigkeit aus Art. 11 GG ist durch das Aufenthaltsverbot nicht verletzt.
            Die Beschäftigung war sozialversicherungspflichtig, weil der Beigeladene Arbeitnehmer im Sinne des § 7 SGB IV war.
            Der Verlust der deutschen Staatsangehörigkeit nach § 25 StAG tritt kraft Gesetzes ein.
            """)
    void lookalike_wordings_are_off_topic(String text) {
        assertFalse(classifier.classify("", null, text).onTopic());
    }

    @org.junit.jupiter.api.Test
    void an_asylum_docket_is_off_topic_whatever_the_text() {
        TopicClassifier.TopicDecision d = classifier.classify("", "3 K 1234/23.A",
                "Die Klägerin ist bulgarische Staatsangehörige; ihr steht kein Freizügigkeitsrecht nach dem FreizügG/EU zu.");
        assertFalse(d.onTopic());
        assertEquals(1, d.markers().size());
    }
}
