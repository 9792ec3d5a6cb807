package de.tenor.web;

import java.util.List;

/**
 * The search syntax help page ({@code /hilfe}): each example is a link that runs it.
 *
 * @param examples query, what it does
 */
public record HelpPage(List<Example> examples) {

    /** One example query and what it finds. */
    public record Example(String query, String url, String explanation) {
        static Example of(String query, String explanation) {
            return new Example(query, "/search?q=" + SearchUrls.enc(query), explanation);
        }
    }

    static final List<Example> EXAMPLES = List.of(
            Example.of("Verlustfeststellung Minijob", "Beide Wörter müssen vorkommen (bei einem oder zwei Wörtern alle)."),
            Example.of("Reinigungskraft Gelsenkirchen Minijob", "Ab drei Wörtern darf eines fehlen (ab fünf ein Viertel); "
                    + "Treffer mit allen Wörtern stehen immer oben."),
            Example.of("+Reinigungskraft +Gelsenkirchen +Minijob", "Mit + (oder UND, Phrasen, Feldern) muss jedes Wort vorkommen."),
            Example.of("wie viele Verlustfeststellungen pro Jahr", "Fragewörter wie „wie viele“, „Zahl der“, „pro“ müssen nicht vorkommen."),
            Example.of("Verlustfestellung", "Ein Tippfehler wird gleich korrigiert gesucht; der Hinweis bietet die Suche wie getippt an."),
            Example.of("1 C 13/23", "BVerwG-, BFH- und BAG-Aktenzeichen mit Punkt oder Schrägstrich: findet 1 C 13.23."),
            Example.of("selbstständig", "Alte und neue Schreibweise finden sich: selbständig, daß/dass, Schiffahrt/Schifffahrt."),
            Example.of("\"völlig untergeordnet\"", "Genau diese Wörter in dieser Reihenfolge (Phrase). Auch „…“ aus PDFs wirkt."),
            Example.of("Bürgergeld OR Sozialhilfe", "Mindestens eines der Wörter (auch ODER)."),
            Example.of("Verlustfeststellung -Dano", "Ohne Dokumente, die „Dano“ enthalten (auch NOT oder NICHT)."),
            Example.of("(Minijob OR Teilzeit) Gelsenkirchen", "Klammern gruppieren."),
            Example.of("Arbeitnehm*", "Wortanfang: Arbeitnehmer, Arbeitnehmerin, Arbeitnehmereigenschaft … (mindestens drei Zeichen vor *)."),
            Example.of("gericht:Gelsenkirchen Minijob", "Nur Entscheidungen eines Gerichts (VG und SG Gelsenkirchen)."),
            Example.of("stadt:Duisburg", "Nur Verfahren gegen eine Behörde dieser Stadt."),
            Example.of("az:\"8 L 2487/25\"", "Eine Entscheidung über ihr Aktenzeichen."),
            Example.of("8L2487/25", "Ein Aktenzeichen findet seine Entscheidung in jeder Schreibweise, auch in längeren Suchen."),
            Example.of("ecli:ECLI:DE:VGGE:2025:0123.8L2487.25.00", "Eine Entscheidung über ihren ECLI."),
            Example.of("C-14/09", "Entscheidungen, die das EuGH-Urteil zitieren; ebenso über den Namen: Genc."),
            Example.of("titel:Bilanz", "Nur im Titel suchen (ebenso tenor: und text:)."),
            Example.of("Hartz IV", "Fachbegriffe finden auch ihre Synonyme: Bürgergeld, Arbeitslosengeld II."),
            Example.of("Eigenschaft", "Wortteile finden zusammengesetzte Wörter: Arbeitnehmereigenschaft."));
}
