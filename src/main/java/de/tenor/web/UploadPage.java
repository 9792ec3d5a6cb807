package de.tenor.web;

import java.util.List;

/**
 * The upload form ({@code /hochladen}) and, after a POST, what became of the file.
 *
 * @param status 0 for the empty form, else the HTTP status of the attempt
 * @param message what happened, in German; null for the empty form
 * @param findings places with personal data (status 422); nothing was stored
 * @param documentUrl the new document's page (status 200/201)
 */
public record UploadPage(int status, String message, List<Place> findings, String documentUrl, String maxSize) {

    /** One place with personal data: kind, the text, and where it stands. */
    public record Place(String kind, String text, String where, String context) {
    }

    public boolean accepted() {
        return status == 200 || status == 201;
    }

    public boolean failed() {
        return status >= 400;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
