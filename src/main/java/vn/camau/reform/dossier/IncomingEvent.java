package vn.camau.reform.dossier;

/**
 * A step event a one-stop system sent for the dossier {@code dossierCode}, identified by its own
 * event id ({@link DossierEventRecord#sourceEventId()}, never null here): the same id twice is stored once.
 */
public record IncomingEvent(String dossierCode, DossierEventRecord event) {
}
