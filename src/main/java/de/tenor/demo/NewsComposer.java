package de.tenor.demo;

import static de.tenor.demo.Texts.between;
import static de.tenor.demo.Texts.chance;
import static de.tenor.demo.Texts.euro;
import static de.tenor.demo.Texts.longDate;
import static de.tenor.demo.Texts.pick;

import de.tenor.demo.NewsArticle.Outlet;
import de.tenor.demo.Plan.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes the fictional news: reports on city figures, court decisions of the demo corpus (with their
 * real dockets), Jobcenter practice, council debates and an NGO newsletter's advice.
 */
final class NewsComposer {

    enum Topic { STATS, COURT, JOBCENTER, ADVICE, POLITICS, SCHOOL, OVERVIEW }

    /** outlet, year, month, topic, main city. */
    private record Story(Outlet outlet, int year, int month, Topic topic, String city) {
    }

    private static final List<Story> STORIES = List.of(
            new Story(Outlet.BEISPIELBLATT, 2019, 6, Topic.JOBCENTER, "Dortmund"),
            new Story(Outlet.RUNDBRIEF, 2020, 2, Topic.ADVICE, "Duisburg"),
            new Story(Outlet.EMSCHER, 2021, 9, Topic.COURT, "Gelsenkirchen"),
            new Story(Outlet.RUHR_KURIER, 2022, 11, Topic.SCHOOL, "Essen"),
            new Story(Outlet.BEISPIELBLATT, 2023, 3, Topic.COURT, "Duisburg"),
            new Story(Outlet.RUNDBRIEF, 2023, 10, Topic.JOBCENTER, "Hagen"),
            new Story(Outlet.RUHR_KURIER, 2024, 2, Topic.STATS, "Duisburg"),
            new Story(Outlet.EMSCHER, 2024, 6, Topic.POLITICS, "Gelsenkirchen"),
            new Story(Outlet.BEISPIELBLATT, 2024, 11, Topic.OVERVIEW, "Dortmund"),
            new Story(Outlet.RUHR_KURIER, 2025, 3, Topic.STATS, "Gelsenkirchen"),
            new Story(Outlet.EMSCHER, 2025, 6, Topic.COURT, "Gelsenkirchen"),
            new Story(Outlet.RUNDBRIEF, 2025, 9, Topic.ADVICE, "Gelsenkirchen"),
            new Story(Outlet.BEISPIELBLATT, 2025, 12, Topic.COURT, "Düsseldorf"),
            new Story(Outlet.RUHR_KURIER, 2026, 1, Topic.OVERVIEW, "Duisburg"),
            new Story(Outlet.EMSCHER, 2026, 5, Topic.SCHOOL, "Essen"),
            new Story(Outlet.RUNDBRIEF, 2026, 10, Topic.COURT, "Hagen"));

    private static final String LETTERS = "ABCDEFGHKLMNPRSTVW";
    private static final List<String> TEASERS = List.of("Neue Radwege: Bauarbeiten an der Hauptstraße beginnen",
            "Wetter: Sturmböen zum Wochenende erwartet", "Derby endet torlos – Trainer zufrieden",
            "Stadtbibliothek verlängert Öffnungszeiten", "Kirmes: Das ist neu auf dem Festplatz",
            "Baustelle auf der A 40: Sperrung am Sonntag", "Tierheim sucht Paten für ältere Hunde",
            "Konzertkritik: Volles Haus in der Zeche", "Ehrenamtspreis für Tafel-Team");

    private final Random rnd;
    private final List<DemoCase> rulings;

    NewsComposer(Random rnd, List<DemoCase> rulings) {
        this.rnd = rnd;
        this.rulings = List.copyOf(rulings);
    }

    List<NewsArticle> compose() {
        List<NewsArticle> out = new ArrayList<>();
        for (Story s : STORIES) {
            out.add(compose(s));
        }
        return out;
    }

    private NewsArticle compose(Story s) {
        LocalDate published = LocalDate.of(s.year(), s.month(), between(rnd, 1, 28));
        if (published.isAfter(RulingComposer.LATEST)) {
            published = RulingComposer.LATEST;
        }
        Optional<DemoCase> ruling = s.topic() == Topic.COURT || chance(rnd, 0.5) ? ruling(s, published) : Optional.empty();
        String title = title(s, published, ruling);
        List<String> p = new ArrayList<>();
        switch (s.topic()) {
            case STATS -> stats(s, published, p);
            case COURT -> court(s, published, ruling, p);
            case JOBCENTER -> jobcenter(s, published, p);
            case ADVICE -> advice(s, published, p);
            case POLITICS -> politics(s, published, p);
            case SCHOOL -> school(s, published, p);
            case OVERVIEW -> overview(s, published, p);
        }
        if (s.topic() != Topic.COURT && ruling.isPresent()) {
            p.add(p.size() - 1, courtParagraph(ruling.get()));
        }
        String author = initials() + " " + initials();
        List<String> teasers = new ArrayList<>();
        int first = rnd.nextInt(TEASERS.size());
        teasers.add(TEASERS.get(first));
        teasers.add(TEASERS.get((first + 1 + rnd.nextInt(TEASERS.size() - 1)) % TEASERS.size()));
        String slug = Texts.slug(title);
        String[] words = slug.split("-");
        String shortSlug = String.join("-", java.util.Arrays.copyOf(words, Math.min(7, words.length)));
        String file = "news-" + s.outlet().slug + "-" + published + "-" + shortSlug + ".html";
        return new NewsArticle(file, s.outlet(), published, title, author, s.city(), p, teasers, comments(s));
    }

    /** The newest demo ruling decided before the article, preferring the article's city. */
    private Optional<DemoCase> ruling(Story s, LocalDate published) {
        Comparator<DemoCase> newest = Comparator.comparing(DemoCase::date);
        List<DemoCase> before = rulings.stream()
                .filter(d -> d.date().isBefore(published.minusDays(3)))
                .filter(d -> d.date().isAfter(published.minusMonths(30)))
                .filter(d -> d.plan().result() == Result.WON || d.plan().result() == Result.LOST)
                .filter(d -> d.court() != Court.EUGH)
                .toList();
        Optional<DemoCase> sameCity = before.stream()
                .filter(d -> !d.plan().anonymised() && d.plan().city().equals(s.city()))
                .max(newest);
        return sameCity.isPresent() ? sameCity : before.stream().max(newest);
    }

    private String title(Story s, LocalDate d, Optional<DemoCase> ruling) {
        String city = s.city();
        boolean recent = d.getYear() >= 2025;
        return switch (s.topic()) {
            case STATS -> pick(rnd, "Stadt entzieht Hunderten EU-Bürgern das Aufenthaltsrecht",
                    city + ": Immer mehr Verlustfeststellungen gegen Minijobber",
                    "Freizügigkeit aberkannt: " + city + " prüft Arbeitnehmerstatus strenger");
            case COURT -> ruling.map(r -> r.plan().result() == Result.WON
                    ? pick(rnd, r.plan().jobcenter() ? "Jobcenter muss zahlen: Gericht stärkt " + r.facts().jobTitle()
                            : "Gericht stoppt Ausreiseaufforderung gegen " + r.facts().jobTitle(),
                    "Minijob reicht: " + shortCourt(r) + " gibt " + (r.facts().female ? "Unionsbürgerin" : "Unionsbürger")
                            + " recht")
                    : pick(rnd, shortCourt(r) + ": " + r.facts().hours + " Wochenstunden sind zu wenig",
                    "Niederlage vor Gericht: Kein Arbeitnehmerstatus mit " + r.facts().hours + "-Stunden-Job"))
                    .orElse("Gerichte uneins über Minijobs von EU-Bürgern");
            case JOBCENTER -> pick(rnd, "Jobcenter " + city + " streicht " + (d.getYear() >= 2023 ? "Bürgergeld" : "Hartz IV")
                    + " für Minijobber aus Rumänien", "Kein Geld vom Jobcenter: Wenn der Minijob nicht zählt");
            case ADVICE -> recent ? "Was tun bei einer Verlustfeststellung? Hinweise für die Beratung"
                    : "Leistungsausschluss für Unionsbürger: Was Beratende wissen müssen";
            case POLITICS -> pick(rnd, "Rat in " + city + " streitet über Prüfpraxis bei EU-Zuwanderern",
                    "Ausländerbehörde unter Druck: Debatte um Verlustfeststellungen in " + city);
            case SCHOOL -> "Kinder in der Schule – und trotzdem Ausreisepflicht?";
            case OVERVIEW -> pick(rnd, "Ruhrgebiet: Städte prüfen Arbeitnehmerstatus unterschiedlich streng",
                    "Bilanz: So viele EU-Bürger verloren " + (d.getYear() - 1) + " ihr Freizügigkeitsrecht");
        };
    }

    private static String shortCourt(DemoCase r) {
        return r.court().shortName;
    }

    // ------------------------------------------------------------------ paragraph builders

    private void stats(Story s, LocalDate d, List<String> p) {
        int year = d.getMonthValue() <= 3 ? d.getYear() - 1 : d.getYear();
        int n = s.city().equals("Duisburg") || s.city().equals("Gelsenkirchen") ? between(rnd, 180, 540) : between(rnd, 20, 140);
        p.add("Die Stadt " + s.city() + " hat " + (d.getMonthValue() <= 3 ? "im vergangenen Jahr" : "seit Jahresbeginn")
                + " in " + n + " Fällen festgestellt, dass EU-Bürgerinnen und -Bürger ihr Recht auf Freizügigkeit verloren"
                + " haben. Betroffen sind nach Angaben der Verwaltung vor allem Menschen aus Rumänien und Bulgarien, die"
                + " einen Minijob haben und ergänzend Leistungen vom Jobcenter beziehen.");
        p.add(background(d));
        p.add("Die Ausländerbehörde gleicht dafür Daten mit dem Jobcenter ab. Wer nur wenige Stunden pro Woche arbeitet,"
                + " erhält ein Anhörungsschreiben und muss Arbeitsvertrag und Lohnabrechnungen vorlegen. Am Ende steht oft"
                + " eine Ordnungsverfügung mit Ausreiseaufforderung und Abschiebungsandrohung.");
        p.add(cityQuote(s));
        p.add(advisorQuote(s));
        p.add(otherCities(s, year, n));
        p.add(outlook(d));
    }

    private void court(Story s, LocalDate d, Optional<DemoCase> ruling, List<String> p) {
        if (ruling.isEmpty()) {
            p.add("Die Gerichte im Ruhrgebiet beurteilen Minijobs von EU-Bürgern unterschiedlich. Eine feste Grenze gibt es"
                    + " nicht; entscheidend ist jeweils eine Gesamtbetrachtung.");
            p.add(background(d));
            p.add(advisorQuote(s));
            p.add(outlook(d));
            return;
        }
        DemoCase r = ruling.get();
        p.add(courtParagraph(r));
        Facts f = r.facts();
        p.add((f.female ? "Die Frau" : "Der Mann") + " aus " + f.country() + " arbeitet seit " + Texts.monthYear(f.jobStart)
                + " als " + f.jobTitle() + ", " + f.hours + " Stunden in der Woche, für " + euro(f.pay) + " Euro im Monat."
                + " Die " + (f.plan.jobcenter() ? "Behörde" : "Stadt") + " hielt das für "
                + pick(rnd, "„völlig untergeordnet und unwesentlich“.", "zu wenig, um als Arbeitnehmer zu gelten."));
        p.add(background(d));
        p.add(r.plan().result() == Result.WON
                ? "Das Gericht sah das anders: Es komme nicht darauf an, ob das Einkommen den Lebensunterhalt decke, sondern"
                + " ob die Tätigkeit tatsächlich und echt sei. Arbeitsvertrag, regelmäßige Lohnzahlung und die Dauer der"
                + " Beschäftigung sprächen dafür."
                : "Das Gericht folgte der Behörde. Bei einer Gesamtbetrachtung sei die Tätigkeit so geringfügig, dass sie"
                + " keinen Arbeitnehmerstatus begründe. " + pick(rnd, "Die Entscheidung ist nicht rechtskräftig.",
                "Der Anwalt des Betroffenen prüft Rechtsmittel."));
        p.add(lawyerQuote(r));
        p.add(advisorQuote(s));
        if (chance(rnd, 0.6)) {
            p.add(otherCities(s, d.getYear(), 0));
        }
        p.add(outlook(d));
    }

    private void jobcenter(Story s, LocalDate d, List<String> p) {
        String benefit = d.getYear() >= 2023 ? "Bürgergeld" : "Arbeitslosengeld II";
        p.add("Immer häufiger lehnt das Jobcenter " + s.city() + " Anträge von EU-Bürgern auf " + benefit + " ab, obwohl"
                + " die Betroffenen arbeiten. Der Grund: Ihre Minijobs gelten als zu klein, um einen Arbeitnehmerstatus zu"
                + " begründen.");
        p.add("Rechtsgrundlage ist § 7 Abs. 1 Satz 2 Nr. 2 SGB II. Danach sind Ausländer von Leistungen ausgeschlossen,"
                + " die kein Aufenthaltsrecht haben oder sich nur zur Arbeitsuche in Deutschland aufhalten. Wer dagegen als"
                + " Arbeitnehmer gilt, hat Anspruch auf aufstockende Leistungen.");
        int hours = between(rnd, 4, 9);
        p.add("Ein Beispiel aus der Beratung: Eine Mutter von zwei Kindern arbeitet " + hours + " Stunden pro Woche als"
                + " Reinigungskraft. Das Jobcenter stellte die Zahlungen ein; erst ein Eilantrag beim Sozialgericht brachte"
                + " vorläufig wieder Geld.");
        p.add(advisorQuote(s));
        p.add("Das Jobcenter verweist auf die Rechtslage. „Wir sind an das Gesetz gebunden und müssen jeden Einzelfall"
                + " prüfen“, sagte ein Sprecher. Über die Zahl der Ablehnungen führe man keine gesonderte Statistik.");
        p.add(background(d));
        p.add(outlook(d));
    }

    private void advice(Story s, LocalDate d, List<String> p) {
        boolean recent = d.getYear() >= 2025;
        p.add("In unserer Beratung in " + s.city() + " melden sich " + (recent ? "seit Monaten" : "immer wieder")
                + " Menschen, die " + (recent ? "eine Verlustfeststellung der Ausländerbehörde" : "einen ablehnenden Bescheid"
                + " des Jobcenters") + " erhalten haben. Wir haben die wichtigsten Hinweise zusammengestellt.");
        p.add("1. Fristen beachten: Gegen eine Ordnungsverfügung kann innerhalb eines Monats Klage beim"
                + " Verwaltungsgericht erhoben werden. Gegen Bescheide des Jobcenters ist zunächst Widerspruch einzulegen,"
                + " ebenfalls innerhalb eines Monats.");
        p.add("2. Eilantrag prüfen: Hat die Stadt die sofortige Vollziehung angeordnet, hilft die Klage allein nicht. Dann"
                + " ist ein Antrag auf Wiederherstellung der aufschiebenden Wirkung beim Verwaltungsgericht nötig. Bei"
                + " eingestellten Leistungen kann beim Sozialgericht eine einstweilige Anordnung beantragt werden.");
        p.add("3. Nachweise sammeln: Arbeitsvertrag, Lohnabrechnungen, Kontoauszüge mit den Lohnzahlungen, Urlaubs- und"
                + " Krankmeldungen. Je genauer sich belegen lässt, dass die Arbeit tatsächlich und regelmäßig geleistet wird,"
                + " desto besser.");
        p.add("4. Keine feste Stundengrenze: Der Europäische Gerichtshof hat in der Rechtssache Genc (C-14/09) entschieden,"
                + " dass auch 5,5 Wochenstunden für die Arbeitnehmereigenschaft genügen können. Entscheidend ist eine"
                + " Gesamtbetrachtung, nicht allein das Einkommen.");
        if (d.isAfter(LocalDate.of(2020, 11, 1))) {
            p.add("5. Kinder in der Schule: Eltern, deren Kinder hier zur Schule gehen, können ein eigenes Aufenthaltsrecht"
                    + " aus Art. 10 der Verordnung (EU) Nr. 492/2011 haben. Der EuGH hat 2020 (Jobcenter Krefeld, C-181/19)"
                    + " entschieden, dass sie dann nicht von Leistungen ausgeschlossen werden dürfen.");
        }
        p.add(advisorQuote(s));
        p.add("Unsere offene Sprechstunde findet dienstags und donnerstags statt. Beratung ist auf Deutsch, Rumänisch und"
                + " Bulgarisch möglich.");
    }

    private void politics(Story s, LocalDate d, List<String> p) {
        p.add("Im Rat der Stadt " + s.city() + " hat die Praxis der Ausländerbehörde für eine lebhafte Debatte gesorgt. Eine"
                + " Oppositionsfraktion wollte wissen, wie viele Verlustfeststellungen seit Jahresbeginn ausgesprochen"
                + " wurden und wie viele davon vor Gericht Bestand hatten.");
        p.add("Die Verwaltung nannte " + between(rnd, 60, 320) + " Verfahren. In " + between(rnd, 8, 40) + " Fällen hätten"
                + " Betroffene geklagt, einige Eilverfahren habe die Stadt verloren. Man halte aber an der Linie fest.");
        p.add(cityQuote(s));
        p.add("Kritik kam von Sozialverbänden und Kirchen. Die Prüfungen träfen Menschen, die arbeiteten und Steuern und"
                + " Sozialabgaben zahlten, hieß es in einer gemeinsamen Erklärung.");
        p.add(background(d));
        p.add(advisorQuote(s));
        p.add(outlook(d));
    }

    private void school(Story s, LocalDate d, List<String> p) {
        p.add("Eine Familie aus " + pick(rnd, "Rumänien", "Bulgarien") + " lebt seit vier Jahren in " + s.city()
                + ". Die Kinder gehen zur Grundschule, der Vater arbeitet " + between(rnd, 6, 12) + " Stunden pro Woche in"
                + " einem Lager. Trotzdem erhielt die Familie Post von der Ausländerbehörde: Sie habe ihr Recht auf"
                + " Freizügigkeit verloren.");
        p.add(background(d));
        p.add(d.isAfter(LocalDate.of(2020, 11, 1))
                ? "Für Familien mit Schulkindern gilt aber eine Besonderheit. Nach Art. 10 der Verordnung (EU) Nr. 492/2011"
                + " haben Kinder von (ehemaligen) Arbeitnehmern ein Recht auf Schulbesuch, aus dem auch ein Aufenthaltsrecht"
                + " der Eltern folgen kann. Der Europäische Gerichtshof hat 2020 im Fall Jobcenter Krefeld entschieden, dass"
                + " diese Eltern nicht von Sozialleistungen ausgeschlossen werden dürfen."
                : "Für Familien mit Schulkindern gilt aber eine Besonderheit. Nach Art. 10 der Verordnung (EU) Nr. 492/2011"
                + " haben Kinder von (ehemaligen) Arbeitnehmern ein Recht auf Schulbesuch, aus dem auch ein Aufenthaltsrecht"
                + " der Eltern folgen kann.");
        p.add(advisorQuote(s));
        p.add("Die Stadt " + s.city() + " wollte sich zum Einzelfall nicht äußern. Grundsätzlich werde bei jeder Prüfung"
                + " berücksichtigt, ob Kinder eine Schule besuchen, hieß es.");
        p.add(outlook(d));
    }

    private void overview(Story s, LocalDate d, List<String> p) {
        int year = d.getMonthValue() <= 3 ? d.getYear() - 1 : d.getYear();
        p.add("Die Ruhrgebietsstädte gehen sehr unterschiedlich mit EU-Bürgern um, die nur geringfügig beschäftigt sind."
                + " Das zeigt eine Umfrage dieser Zeitung unter den Ausländerbehörden.");
        p.add(otherCities(s, year, 0));
        p.add("Am strengsten ist nach Einschätzung von Beratungsstellen Gelsenkirchen: Dort muss eine Beschäftigung nach"
                + " der Verwaltungspraxis einen wesentlichen Teil des Lebensunterhalts sichern. Andere Städte stellen eher"
                + " auf die Wochenstunden ab.");
        p.add(background(d));
        p.add(advisorQuote(s));
        p.add(cityQuote(s));
        p.add(outlook(d));
    }

    // ------------------------------------------------------------------ shared paragraphs

    private String courtParagraph(DemoCase r) {
        String proc = r.plan().procedure() == Plan.Procedure.URGENT ? "in einem Eilverfahren" : "in einem Hauptsacheverfahren";
        String who = r.facts().female ? "eine " + r.facts().nationality() + "e Staatsangehörige"
                : "einen " + r.facts().nationality() + "en Staatsangehörigen";
        String what = r.plan().jobcenter()
                ? (r.plan().result() == Result.WON ? "das Jobcenter verpflichtet, Leistungen an " + (r.facts().female ? "die Frau" : "den Mann")
                + " zu zahlen" : "den Leistungsausschluss durch das Jobcenter bestätigt")
                : (r.plan().result() == Result.WON ? "die Verlustfeststellung gegen " + who + " vorerst gestoppt"
                : "die Verlustfeststellung gegen " + who + " bestätigt");
        return "Das " + r.court().fullName + " hat " + proc + " " + what + " (" + r.decisionType() + " vom "
                + longDate(r.date()) + ", Az. " + r.docket() + ").";
    }

    private String background(LocalDate d) {
        return pick(rnd,
                "Hintergrund ist das Freizügigkeitsgesetz/EU. EU-Bürgerinnen und -Bürger dürfen sich in Deutschland"
                        + " aufhalten, wenn sie hier arbeiten. Ein Minijob genügt aber nicht automatisch: Ist die Tätigkeit"
                        + " „völlig untergeordnet und unwesentlich“, kann die Ausländerbehörde den Verlust der Freizügigkeit"
                        + " feststellen.",
                "Rechtlich geht es um die Frage, wer als Arbeitnehmer gilt. Nach der Rechtsprechung des Europäischen"
                        + " Gerichtshofs seit dem Fall Levin (1982) zählt jede tatsächliche und echte Tätigkeit – auch in"
                        + " Teilzeit. Nur ganz unwesentliche Beschäftigungen bleiben außen vor.",
                "Eine feste Stundengrenze gibt es nicht. Der Europäische Gerichtshof hat bereits 2010 entschieden, dass"
                        + " schon 5,5 Wochenstunden reichen können (Rechtssache Genc). Entscheidend sei eine"
                        + " Gesamtbetrachtung" + (d.getYear() >= 2022 ? ", betonen auch die deutschen Gerichte." : "."));
    }

    private String advisorQuote(Story s) {
        String name = initials() + " " + initials();
        return pick(rnd,
                "„Viele unserer Klientinnen arbeiten zehn oder zwölf Stunden die Woche, putzen Büros oder sortieren"
                        + " Pakete“, sagt " + name + " von der Beratungsstelle Beispiel e.V. in " + s.city()
                        + ". „Dass das plötzlich nicht mehr reichen soll, versteht niemand.“",
                "Die Beraterin " + name + " rät Betroffenen, Fristen genau im Blick zu behalten. „Wer nichts unternimmt,"
                        + " riskiert die Abschiebung – auch wenn er gute Chancen vor Gericht hätte.“",
                "„Die Menschen arbeiten, zahlen Beiträge und werden trotzdem behandelt, als seien sie nicht da“, kritisiert "
                        + name + ", Sozialarbeiter in " + s.city() + ".");
    }

    private String cityQuote(Story s) {
        return s.city().equals("Gelsenkirchen")
                ? "Ein Sprecher der Stadt verteidigte das Vorgehen: „Wir prüfen jeden Einzelfall. Eine Beschäftigung muss"
                + " aus unserer Sicht einen wesentlichen Teil des Lebensunterhalts sichern.“"
                : "Eine Sprecherin der Stadt " + s.city() + " betonte, man wende lediglich geltendes Recht an. „Wer"
                + " arbeitet, hat nichts zu befürchten. Es geht um Fälle, in denen die Beschäftigung nur auf dem Papier"
                + " besteht.“";
    }

    private String lawyerQuote(DemoCase r) {
        String lawyer = r.facts().lawyer.isEmpty() ? "Rechtsanwältin " + initials() + " " + initials()
                : r.facts().lawyer.substring(0, r.facts().lawyer.lastIndexOf(','));
        return r.plan().result() == Result.WON
                ? lawyer + (lawyer.startsWith("Rechtsanwältin") ? ", die" : ", der") + " den Fall vertreten hat, spricht von einem wichtigen Signal: „Das Gericht hat klargestellt,"
                + " dass es keine Mindeststundenzahl gibt.“"
                : lawyer + " zeigte sich enttäuscht. „Mein Mandant arbeitet regelmäßig. Wir prüfen, ob wir in die nächste"
                + " Instanz gehen.“";
    }

    /** Figures for four cities, largest first; {@code known} (if not 0) is the article's own figure for its city. */
    private String otherCities(Story s, int year, int known) {
        int scale = year >= 2025 ? 1 : 4;
        List<Map.Entry<String, Integer>> figures = new ArrayList<>(List.of(
                Map.entry("Duisburg", between(rnd, 200, 560) / scale),
                Map.entry("Gelsenkirchen", between(rnd, 150, 510) / scale),
                Map.entry("Dortmund", between(rnd, 40, 130) / scale),
                Map.entry("Hagen", between(rnd, 1, 9))));
        if (known > 0) {
            figures.replaceAll(e -> e.getKey().equals(s.city()) ? Map.entry(e.getKey(), known) : e);
        }
        figures.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return "Im Vergleich der Städte " + (year >= 2025 ? "für " + year : "im Jahr " + year) + " liegt "
                + figures.get(0).getKey() + " mit " + figures.get(0).getValue() + " Verlustfeststellungen vorn, gefolgt von "
                + figures.get(1).getKey() + " mit " + figures.get(1).getValue() + ". In " + figures.get(2).getKey()
                + " waren es " + figures.get(2).getValue() + ", in " + figures.get(3).getKey() + " nur "
                + figures.get(3).getValue() + ". Essen und Düsseldorf nannten keine Zahlen.";
    }

    private String outlook(LocalDate d) {
        return pick(rnd,
                "Ob die Praxis vor Gericht Bestand hat, ist offen. Eine Grundsatzentscheidung des Oberverwaltungsgerichts in"
                        + " Münster steht aus.",
                "Beratungsstellen rechnen damit, dass sich die Gerichte noch lange mit dem Thema beschäftigen werden.",
                "Die Landesregierung will die Entwicklung nach eigenen Angaben beobachten. Eine landesweite Statistik gibt"
                        + " es " + (d.getYear() >= 2025 ? "bislang nicht" : "nicht") + ".");
    }

    private List<String> comments(Story s) {
        List<String> c = new ArrayList<>();
        c.add("Leser_" + between(rnd, 10, 99) + ": " + pick(rnd, "Endlich greift die Stadt durch.",
                "Wer arbeitet, sollte bleiben dürfen – egal wie viele Stunden.", "Der Artikel lässt viele Fragen offen."));
        if (chance(rnd, 0.7)) {
            c.add("Ruhrpottkind: " + pick(rnd, "In " + s.city() + " gibt es wichtigere Probleme.",
                    "Minijob hin oder her, die Leute putzen unsere Büros.", "Danke für die Recherche!"));
        }
        return c;
    }

    private String initials() {
        return LETTERS.charAt(rnd.nextInt(LETTERS.length())) + ".";
    }
}
