package vn.camau.reform.dossier;

/**
 * How far the apology for a late dossier has got, as the late-case lists show it. The apology feature's
 * {@code ApologyState} is its one implementation, and the jOOQ forced type on {@code apology.state}
 * hands the alerts that enum typed: dossier cannot name it (apology builds on dossier, and the features
 * are free of cycles), so it names what it needs of it here instead of reading the state as text.
 */
public interface ApologyStage {

    /** The stored name (DRAFT … PUBLISHED), as the API reports it. */
    String name();

    /** The translation key of its label. */
    String labelKey();
}
