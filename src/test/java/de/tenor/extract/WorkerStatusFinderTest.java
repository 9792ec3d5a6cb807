package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: the court's own verdict on worker status, sentence by sentence, in the wording of real
 * rulings; and what is not the court's verdict (the authority's view, the lower court's, the EuGH's
 * test, other cases, conditions, questions).
 */
class WorkerStatusFinderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Gemessen daran ist der Antragsteller nach derzeitigem Erkenntnisstand als Arbeitnehmer anzusehen.               | AFFIRMED
            Die Antragstellerin ist Arbeitnehmerin im Sinne von § 2 Abs. 2 Nr. 1 FreizügG/EU.                                | AFFIRMED
            Vielmehr war sie bei summarischer Prüfung seither (zumindest auch) Arbeitnehmerin.                             | AFFIRMED
            Die Tätigkeit als Spülkraft ist tatsächlich und echt.                                                             | AFFIRMED
            Eine Arbeitszeit von 9 Stunden wöchentlich ist nicht so gering, dass die Tätigkeit als völlig untergeordnet und unwesentlich erschiene. | AFFIRMED
            Im Übrigen ist die Antragstellerin als Arbeitnehmerin vom Leistungsausschluss des § 7 Abs. 1 Satz 2 Nr. 2 SGB II nicht erfasst. | AFFIRMED
            Nach den bindenden Feststellungen des Oberverwaltungsgerichts übt die Klägerin eine tatsächliche und echte Tätigkeit aus. | AFFIRMED
            Das Verwaltungsgericht ist zutreffend davon ausgegangen, dass die Klägerin als Arbeitnehmerin freizügigkeitsberechtigt ist. | AFFIRMED
            Die Antragstellerin ist entgegen der Auffassung des Antragsgegners Arbeitnehmerin.                                | AFFIRMED
            Der Senat hat keine Zweifel daran, dass der Antragsteller Arbeitnehmer ist.                                       | AFFIRMED
            Es kann nicht davon ausgegangen werden, dass die Tätigkeit der Klägerin völlig untergeordnet ist.                 | AFFIRMED
            Die Antragstellerin ist Arbeitnehmerin, auch wenn sie nur fünf Stunden in der Woche arbeitet.                   | AFFIRMED
            Gemessen daran ist die Antragstellerin bei summarischer Prüfung nicht als Arbeitnehmerin anzusehen.              | DENIED
            Die Arbeitnehmereigenschaft des Antragstellers ist zu verneinen.                                                  | DENIED
            Die Tätigkeit als Produktionshelferin stellt sich bei der gebotenen Gesamtbetrachtung als völlig untergeordnet und unwesentlich dar. | DENIED
            Die Beschäftigung als Lagerhelferin ist bei einer Gesamtbetrachtung aller Umstände keine tatsächliche und echte Tätigkeit. | DENIED
            Die Antragstellerin ist weder Arbeitnehmerin noch arbeitsuchend im Sinne des § 2 Abs. 2 Nr. 1a FreizügG/EU.      | DENIED
            Insbesondere sind weder der Antragsteller zu 1) noch die Antragstellerin zu 2) Arbeitnehmer im Sinne von § 2 Abs. 2 Nr. 1 FreizügG/EU. | DENIED
            Diese Angaben zugrunde gelegt, kann von einem Arbeitnehmerstatus der Antragstellerin nicht die Rede sein.        | DENIED
            Die Klägerin hat nicht dargelegt, dass sie eine tatsächliche und echte Tätigkeit ausgeübt hat.                   | DENIED
            Das Verwaltungsgericht hat die Arbeitnehmereigenschaft der Klägerin zu Unrecht bejaht.                          | DENIED
            Der Kläger ist mangels Arbeitnehmereigenschaft vom Leistungsausschluss erfasst.                                 | DENIED
            Ob die Tätigkeit des Antragstellers als Küchenhilfe die Arbeitnehmereigenschaft begründet, kann offenbleiben.   | OPEN
            Ob der Kläger danach Arbeitnehmer war, kann der Senat nicht abschließend beurteilen.                            | OPEN
            Die Feststellungen des Landessozialgerichts reichen nicht aus, um abschließend zu beurteilen, ob der Kläger Arbeitnehmer war. | OPEN
            Ob die frühere Tätigkeit mit 5 Wochenstunden völlig untergeordnet und unwesentlich war, hätte weiterer Aufklärung bedurft. | OPEN
            Es ist Sache des vorlegenden Gerichts, zu prüfen, ob die Tätigkeit von X tatsächlich und echt ist.              | OPEN
            Eine Entscheidung darüber, ob der Kläger Arbeitnehmer war, ist damit nicht mehr veranlasst.                     | OPEN
            Zur Begründung führte sie aus, die Tätigkeit der Antragstellerin sei völlig untergeordnet und unwesentlich.      | null
            Der Antragsgegner hält die Beschäftigung für völlig untergeordnet und unwesentlich.                              | null
            Die Antragstellerin macht geltend, sie sei Arbeitnehmerin.                                                        | null
            Das Sozialgericht hat ausgeführt, die Tätigkeit des Klägers sei völlig untergeordnet.                           | null
            Arbeitnehmer im Sinne des Unionsrechts ist, wer für eine bestimmte Zeit Leistungen für einen anderen erbringt.   | null
            Erforderlich ist eine tatsächliche und echte Tätigkeit, wobei Tätigkeiten außer Betracht bleiben, die völlig untergeordnet sind. | null
            So hat das Bundessozialgericht eine Tätigkeit von zehn Stunden im Monat als völlig untergeordnet angesehen.      | null
            Der Gerichtshof hat in der Rechtssache Genc eine Tätigkeit von 5,5 Wochenstunden nicht als völlig untergeordnet angesehen. | null
            Er greift aber nicht, wenn der Kläger als Arbeitnehmer freizügigkeitsberechtigt ist.                            | null
            Streitig ist, ob der Kläger als Arbeitnehmer vom Leistungsausschluss ausgenommen ist.                           | null
            Auch eine geringfügige Beschäftigung kann die Arbeitnehmereigenschaft begründen.                               | null
            Die Beschwerde, mit der die Antragsgegnerin die Arbeitnehmereigenschaft der Antragstellerin in Zweifel zieht, hat keinen Erfolg. | null
            Die Wochenarbeitszeit von 15 Stunden schließt die Arbeitnehmereigenschaft nicht von vornherein aus.            | null
            Der Kläger ist Arbeitnehmer, wenn er eine tatsächliche Tätigkeit ausübt.                                       | null
            """)
    void sentence_states_the_courts_own_verdict_or_none(String sentence, WorkerStatus expected) {
        assertEquals(Optional.ofNullable(expected), WorkerStatusFinder.judge(sentence));
    }

    @Test
    void the_first_verdict_in_the_reasons_decides_and_is_kept_as_evidence() {
        List<Paragraph> body = List.of(
                new Paragraph(null, "Gründe", true),
                new Paragraph("1", "I. Die Antragstellerin ist als Reinigungskraft beschäftigt. Die Antragsgegnerin meint,"
                        + " sie sei keine Arbeitnehmerin.", false),
                new Paragraph("2", "II. Der Antrag hat Erfolg. Arbeitnehmer ist, wer weisungsgebunden arbeitet.", false),
                new Paragraph("3", "Gemessen daran ist die Antragstellerin als Arbeitnehmerin anzusehen. Mit dem Ende der"
                        + " Beschäftigung ist die Arbeitnehmereigenschaft jedoch entfallen.", false),
                new Paragraph(null, "Rechtsmittelbelehrung: Die Antragstellerin ist keine Arbeitnehmerin.", false));
        WorkerStatusFinder.Verdict v = WorkerStatusFinder.find(body).orElseThrow();
        assertEquals(WorkerStatus.AFFIRMED, v.status());
        assertEquals("Gemessen daran ist die Antragstellerin als Arbeitnehmerin anzusehen.", v.evidence());
    }

    @Test
    void retained_status_decides_only_when_nothing_else_does() {
        List<Paragraph> body = List.of(new Paragraph("1", "II. Die Klage ist unbegründet. Eine fortwirkende"
                + " Arbeitnehmereigenschaft der Klägerin nach § 2 Abs. 3 FreizügG/EU besteht nicht.", false));
        assertEquals(WorkerStatus.DENIED, WorkerStatusFinder.find(body).orElseThrow().status());
    }

    @Test
    void a_ruling_that_does_not_discuss_worker_status_has_no_verdict() {
        List<Paragraph> body = List.of(new Paragraph("1", "Die Klage ist unbegründet. Der Bescheid ist rechtmäßig.", false));
        assertEquals(Optional.empty(), WorkerStatusFinder.find(body));
    }
}
