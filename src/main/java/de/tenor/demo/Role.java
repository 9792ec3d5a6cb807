package de.tenor.demo;

/**
 * A party as German legal prose declines it: "der Antragsteller", "des Antragstellers", "dem
 * Antragsteller", "den Antragsteller", plus the pronouns that refer back to it.
 *
 * @param label the bare word for the rubrum ("Antragstellers," after the citizen, "Antragsgegnerin," after a Stadt)
 */
record Role(String nom, String gen, String dat, String akk, boolean female, String label) {

    static Role citizen(boolean urgent, boolean female) {
        if (urgent) {
            return female
                    ? new Role("die Antragstellerin", "der Antragstellerin", "der Antragstellerin", "die Antragstellerin",
                            true, "Antragstellerin")
                    : new Role("der Antragsteller", "des Antragstellers", "dem Antragsteller", "den Antragsteller",
                            false, "Antragstellers");
        }
        return female
                ? new Role("die Klägerin", "der Klägerin", "der Klägerin", "die Klägerin", true, "Klägerin")
                : new Role("der Kläger", "des Klägers", "dem Kläger", "den Kläger", false, "Klägers");
    }

    /** A Stadt is grammatically female ("die Antragsgegnerin"), a Jobcenter is treated as male ("der Beklagte"). */
    static Role authority(boolean urgent, boolean jobcenter) {
        if (urgent) {
            return jobcenter
                    ? new Role("der Antragsgegner", "des Antragsgegners", "dem Antragsgegner", "den Antragsgegner",
                            false, "Antragsgegner")
                    : new Role("die Antragsgegnerin", "der Antragsgegnerin", "der Antragsgegnerin",
                            "die Antragsgegnerin", true, "Antragsgegnerin");
        }
        return jobcenter
                ? new Role("der Beklagte", "des Beklagten", "dem Beklagten", "den Beklagten", false, "Beklagter")
                : new Role("die Beklagte", "der Beklagten", "der Beklagten", "die Beklagte", true, "Beklagte");
    }

    String er() {
        return female ? "sie" : "er";
    }

    String ihn() {
        return female ? "sie" : "ihn";
    }

    String ihm() {
        return female ? "ihr" : "ihm";
    }

    /** Possessive stem: append the ending, e.g. {@code sein() + "e"} gives "seine" or "ihre". */
    String sein() {
        return female ? "ihr" : "sein";
    }

    /** The noun without article, nominative: "Antragsteller", "Klägerin", "Beklagte". */
    String noun() {
        return nom.substring(4);
    }
}
