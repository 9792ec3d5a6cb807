package de.tenor.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tenor sentences and the outcome from the EU citizen's side (DOMAIN.md "Outcome"). */
class OutcomeClassifierTest {

    private final OutcomeClassifier classifier = new OutcomeClassifier();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Klage wird abgewiesen. Der Kläger trägt die Kosten des Verfahrens.                                   | LOST
            Die Klage wird abgewiesen. Außergerichtliche Kosten sind nicht zu erstatten.                             | LOST
            Der Antrag wird abgelehnt. Die Antragstellerin trägt die Kosten des Verfahrens.                          | LOST
            Der Antrag auf Anordnung der aufschiebenden Wirkung der Klage 8 K 1598/22 wird abgelehnt.                | LOST
            Der Antrag auf Zulassung der Berufung wird abgelehnt.                                                    | LOST
            Der Antrag der Beklagten auf Zulassung der Berufung wird abgelehnt.                                      | WON
            Die Beschwerde des Antragstellers wird zurückgewiesen. Der Antragsteller trägt die Kosten.               | LOST
            Die Beschwerde der Antragstellerin gegen den Beschluss des Verwaltungsgerichts Gelsenkirchen vom 13. Mai 2024 wird zurückgewiesen. | LOST
            Die Beschwerde der Antragsgegnerin wird zurückgewiesen. Die Antragsgegnerin trägt die Kosten.            | WON
            Die Beschwerde des Antragsgegners gegen den Beschluss des Sozialgerichts Duisburg wird zurückgewiesen.    | WON
            Die Berufung des Beklagten wird zurückgewiesen. Der Beklagte trägt auch die Kosten des Berufungsverfahrens. | WON
            Die Berufung der Klägerin gegen das Urteil des Sozialgerichts Dortmund vom 3. März 2023 wird zurückgewiesen. | LOST
            Die Berufung des beklagten Jobcenters wird zurückgewiesen.                                               | WON
            Die Beschwerde wird zurückgewiesen. Der Antragsteller trägt die Kosten des Beschwerdeverfahrens.          | LOST
            Die Beschwerde wird zurückgewiesen. Die Antragsgegnerin trägt die Kosten des Beschwerdeverfahrens.        | WON
            Die Beschwerde wird zurückgewiesen. Außergerichtliche Kosten sind nicht zu erstatten.                    | LOST
            Die Beschwerde wird verworfen.                                                                           | UNKNOWN
            Die aufschiebende Wirkung der Klage 8 K 1598/22 gegen die Ordnungsverfügung vom 4. März 2024 wird angeordnet. Die Antragsgegnerin trägt die Kosten. | WON
            Die aufschiebende Wirkung der Klage wird wiederhergestellt, soweit sie sich gegen die Verlustfeststellung richtet. Im Übrigen wird der Antrag abgelehnt. Die Kosten tragen die Beteiligten je zur Hälfte. | PARTIAL
            Der Bescheid der Stadt Gelsenkirchen vom 2. Februar 2024 wird aufgehoben. Die Beklagte trägt die Kosten des Verfahrens. | WON
            Der Antragsgegner wird im Wege der einstweiligen Anordnung verpflichtet, der Antragstellerin vorläufig Leistungen nach dem SGB II zu gewähren. | WON
            Der Beklagte wird unter Aufhebung des Bescheides vom 1. März 2023 verurteilt, dem Kläger Bürgergeld zu zahlen. Der Beklagte hat die außergerichtlichen Kosten des Klägers zu erstatten. | WON
            Der Bescheid vom 1. März 2023 wird aufgehoben, soweit darin Leistungen ab Juni 2023 versagt werden. Im Übrigen wird die Klage abgewiesen. | PARTIAL
            Der Antragsgegner wird verpflichtet, Leistungen für die Zeit ab 1. Mai 2024 zu gewähren. Im Übrigen wird der Antrag abgelehnt. | PARTIAL
            Die Ordnungsverfügung wird aufgehoben. Die Kosten des Verfahrens tragen die Klägerin zu 1/3 und die Beklagte zu 2/3. | PARTIAL
            Der Beklagte wird verurteilt, dem Kläger Leistungen zu gewähren. Der Beklagte hat dem Kläger ein Drittel der außergerichtlichen Kosten zu erstatten. | PARTIAL
            Auf die Beschwerde des Antragstellers wird der Beschluss des Verwaltungsgerichts Düsseldorf geändert. Die aufschiebende Wirkung der Klage wird angeordnet. | WON
            Auf die Beschwerde der Antragsgegnerin wird der Beschluss des Verwaltungsgerichts Gelsenkirchen geändert. Der Antrag wird abgelehnt. | LOST
            Auf die Berufung des Beklagten wird das Urteil des Sozialgerichts Duisburg geändert und die Klage abgewiesen. | LOST
            Auf die Revision der Klägerin wird das Urteil des Landessozialgerichts aufgehoben und die Sache zur erneuten Verhandlung und Entscheidung an das Landessozialgericht zurückverwiesen. | OTHER
            Das Verfahren wird eingestellt. Die Beklagte trägt die Kosten.                                            | OTHER
            Der Rechtsstreit ist in der Hauptsache erledigt.                                                         | OTHER
            Das Verfahren ist durch Vergleich beendet und erledigt.                                                  | OTHER
            Soweit die Klage zurückgenommen wurde, wird das Verfahren eingestellt. Im Übrigen wird die Klage abgewiesen. | LOST
            Der Antragstellerin wird für das Verfahren erster Instanz Prozesskostenhilfe bewilligt und Rechtsanwältin X beigeordnet. | OTHER
            Die Beschwerde gegen die Ablehnung der Prozesskostenhilfe wird zurückgewiesen.                           | OTHER
            Der Antrag auf Gewährung vorläufigen Rechtsschutzes und auf Bewilligung von Prozesskostenhilfe wird abgelehnt. | LOST
            Die Berufungen des Klägers und der Beklagten werden zurückgewiesen.                                      | UNKNOWN
            Der Streitwert wird auf 5.000 Euro festgesetzt.                                                          | UNKNOWN
            Die Beschwerde der Antragsgegnerin gegen den Beschluss des Verwaltungsgerichts Gelsenkirchen vom 2. Juli 2025 wird zurückgewiesen. Die Antragsgegnerin trägt die Kosten des Beschwerdeverfahrens. | WON
            Die Revision der Beklagten gegen das Urteil des Oberverwaltungsgerichts für das Land Nordrhein-Westfalen vom 4. Februar 2025 wird zurückgewiesen. | WON
            Die Ordnungsverfügung des Beklagten vom 7. Mai 2024 wird aufgehoben, soweit darin die Abschiebung angedroht wird. Im Übrigen wird die Klage abgewiesen. Die Kosten tragen die Klägerin zu 3/4 und der Beklagte zu 1/4. | PARTIAL
            Auf die Beschwerde der Antragstellerin wird der Beschluss des Sozialgerichts Dortmund vom 18.06.2025 geändert. Der Antragsgegner wird verpflichtet, Leistungen zu gewähren. Im Übrigen wird die Beschwerde zurückgewiesen. | PARTIAL
            Der Beklagte wird verurteilt, dem Kläger Bürgergeld zu gewähren. Im Übrigen wird die Klage abgewiesen. Der Beklagte trägt die Hälfte der außergerichtlichen Kosten des Klägers. | PARTIAL
            Auf die Berufung der Klägerin wird das Urteil des Landgerichts aufgehoben. Die Sache wird zur erneuten Verhandlung und Entscheidung, auch über die Kosten der Berufung, an das Landgericht zurückverwiesen. | OTHER
            Der Antragstellerin wird für das Verfahren des einstweiligen Rechtsschutzes Prozesskostenhilfe ohne Ratenzahlung bewilligt und Rechtsanwältin Dr. N. beigeordnet. | OTHER
            Der Antrag auf Bewilligung von Prozesskostenhilfe für das Klageverfahren wird abgelehnt.                 | OTHER
            Die Beschwerde der Klägerin gegen die Ablehnung der Bewilligung von Prozesskostenhilfe durch den Beschluss des Verwaltungsgerichts Düsseldorf vom 3. Juni 2025 wird zurückgewiesen. Die Klägerin trägt die Kosten des Beschwerdeverfahrens. | OTHER
            Es wird festgestellt, dass die Klägerin freizügigkeitsberechtigt ist. Die Beklagte trägt die Kosten.      | WON
            Die Anträge auf Erlass einstweiliger Anordnungen werden abgelehnt. Außergerichtliche Kosten sind nicht zu erstatten. | LOST
            Der Antrag der Antragsgegnerin auf Zulassung der Beschwerde wird abgelehnt.                               | WON
            Der Antrag auf Zulassung der Berufung wird abgelehnt. Die Beklagte trägt die Kosten des Zulassungsverfahrens. | WON
            Der Antrag auf Zulassung der Berufung wird abgelehnt. Die Klägerin trägt die Kosten des Zulassungsverfahrens. | LOST
            Auf die Beschwerde des Antragsgegners wird der Beschluss des Sozialgerichts Gelsenkirchen vom 05.06.2023 abgeändert und der Antrag auf Erlass einer einstweiligen Anordnung abgelehnt. Kosten sind in beiden Rechtszügen nicht zu erstatten. | LOST
            Die aufschiebende Wirkung der Klage gegen die Ordnungsverfügung wird hinsichtlich Ziffer 1 wiederhergestellt und hinsichtlich Ziffer 3 angeordnet. Im Übrigen wird der Antrag abgelehnt. Die Kosten tragen die Antragstellerin und die Antragsgegnerin je zur Hälfte. | PARTIAL
            Die Klage wird abgewiesen. Die Klägerin darf die Vollstreckung durch Sicherheitsleistung in Höhe von 110 % abwenden, wenn nicht der Beklagte vor der Vollstreckung Sicherheit leistet. | LOST
            """)
    void tenor_is_classified_from_the_citizens_side(String tenor, Outcome expected) {
        assertEquals(expected, classifier.classify(tenor));
    }

    @Test
    void authority_appeal_rejected_counts_as_won() {
        assertEquals(Outcome.WON, classifier.classify("Die Beschwerde der Antragsgegnerin wird zurückgewiesen."));
    }

    @Test
    void citizen_appeal_rejected_counts_as_lost() {
        assertEquals(Outcome.LOST, classifier.classify("Die Beschwerde des Antragstellers wird zurückgewiesen."));
    }

    @Test
    void costs_on_the_authority_do_not_overturn_a_lost_appeal() {
        // The citizen lost the appeal, but the authority pays because it lost below (DOMAIN.md pitfall).
        assertEquals(Outcome.LOST, classifier.classify(
                "Die Beschwerde des Antragstellers wird zurückgewiesen. Die Kosten beider Rechtszüge trägt die Antragsgegnerin."));
    }

    @Test
    void numbered_tenor_items_are_read_separately() {
        assertEquals(Outcome.WON, classifier.classify("""
                1. Die aufschiebende Wirkung der Klage wird angeordnet.
                2. Die Kosten des Verfahrens trägt die Antragsgegnerin.
                3. Der Streitwert wird auf 2.500 Euro festgesetzt."""));
    }

    @Test
    void evidence_is_the_deciding_sentence_as_printed() {
        OutcomeClassifier.Verdict v = classifier.judge("""
                1. Die Beschwerde des Antragsgegners gegen den Beschluss des Sozialgerichts Duisburg wird zurückgewiesen.
                2. Der Antragsgegner trägt die Kosten.""");
        assertEquals(Outcome.WON, v.outcome());
        assertEquals("Die Beschwerde des Antragsgegners gegen den Beschluss des Sozialgerichts Duisburg wird zurückgewiesen.",
                v.evidence());
    }

    @Test
    void partial_evidence_names_the_win_and_what_qualifies_it() {
        OutcomeClassifier.Verdict v = classifier.judge(
                "Der Antragsgegner wird verpflichtet, Leistungen zu gewähren. Im Übrigen wird der Antrag abgelehnt.");
        assertEquals(Outcome.PARTIAL, v.outcome());
        assertEquals("Der Antragsgegner wird verpflichtet, Leistungen zu gewähren. … Im Übrigen wird der Antrag abgelehnt.",
                v.evidence());
    }

    @Test
    void appeal_decided_by_costs_cites_both_sentences() {
        OutcomeClassifier.Verdict v = classifier.judge(
                "Die Beschwerde wird zurückgewiesen. Die Antragsgegnerin trägt die Kosten des Beschwerdeverfahrens.");
        assertEquals(Outcome.WON, v.outcome());
        assertEquals("Die Beschwerde wird zurückgewiesen. … Die Antragsgegnerin trägt die Kosten des Beschwerdeverfahrens.",
                v.evidence());
    }

    @Test
    void unknown_outcome_has_no_evidence() {
        assertEquals(new OutcomeClassifier.Verdict(Outcome.UNKNOWN, null),
                classifier.judge("Die Berufungen des Klägers und der Beklagten werden zurückgewiesen."));
    }

    @Test
    void missing_tenor_is_unknown() {
        assertEquals(Outcome.UNKNOWN, classifier.classify(""));
        assertEquals(Outcome.UNKNOWN, classifier.classify(null));
    }
}
