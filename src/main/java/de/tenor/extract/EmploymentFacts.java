package de.tenor.extract;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of the party's job that a court weighs for worker status, and its verdict. Each
 * component is {@code null} when the ruling does not state it plainly (docs/INTERFACE.md: unknown is
 * null, never guessed). Immutable.
 *
 * @param weeklyHours          hours per week; for a range ("zwischen 6 und 8 Stunden") its lower end
 * @param weeklyHoursMax       the upper end of a range of weekly hours, else null
 * @param monthlyPayEur        pay per month in euros, gross or net as the court states it
 * @param hourlyWageEur        wage per hour in euros, as stated (not computed)
 * @param employedSince        first day of the job; a month without a day ("seit Oktober 2018") is its first day
 * @param jobType              the occupation as printed, e.g. "Zeitungszustellerin"
 * @param workerStatusEvidence the sentence of the reasons that decided {@code workerStatus}
 */
public record EmploymentFacts(Double weeklyHours, Double weeklyHoursMax, Double monthlyPayEur, Double hourlyWageEur,
                              LocalDate employedSince, String jobType, WorkerStatus workerStatus,
                              String workerStatusEvidence) {

    public static final EmploymentFacts NONE = new EmploymentFacts(null, null, null, null, null, null, null, null);

    public EmploymentFacts {
        if (weeklyHours != null && weeklyHoursMax != null && weeklyHoursMax < weeklyHours) {
            throw new IllegalArgumentException("weeklyHoursMax must not be below weeklyHours, got " + weeklyHoursMax
                    + " < " + weeklyHours);
        }
        if (weeklyHoursMax != null && weeklyHours == null) {
            throw new IllegalArgumentException("weeklyHoursMax needs weeklyHours, got only " + weeklyHoursMax);
        }
        if ((workerStatus == null) != (workerStatusEvidence == null)) {
            throw new IllegalArgumentException("workerStatus and its evidence come together, got " + workerStatus
                    + " / " + workerStatusEvidence);
        }
    }

    public Optional<WorkerStatus> status() {
        return Optional.ofNullable(workerStatus);
    }
}
