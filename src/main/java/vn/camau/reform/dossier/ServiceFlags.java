package vn.camau.reform.dossier;

/**
 * How a dossier was served, beyond its timing: the facts behind the online-payment, digitisation
 * and satisfaction indicators, kept together because the one-stop system reports them together.
 *
 * @param rating            null when the applicant did not rate
 * @param onlineLevel       the online level its procedure was offered at when it was received (FULL or
 *                          PARTIAL); the intake and the import take the procedure catalogue's level
 *                          when the sender leaves it out; null only for dossiers stored before that
 *                          (then it is not counted in the 766 online-services share at all)
 * @param resultElectronic  the result was issued electronically (kết quả điện tử)
 * @param dataReused        already digitised data or documents were reused instead of asked for again
 */
public record ServiceFlags(boolean hasFee, boolean paidOnline, boolean digitised, boolean returnedHome,
                           Rating rating, OnlineLevel onlineLevel, boolean resultElectronic, boolean dataReused) {

    /**
     * Without the national-portal facts (tests and systems that do not send them). A stored row is
     * never read with this one: its facts would be lost and the counters' delta go wrong.
     */
    public ServiceFlags(boolean hasFee, boolean paidOnline, boolean digitised, boolean returnedHome, Rating rating) {
        this(hasFee, paidOnline, digitised, returnedHome, rating, null, false, false);
    }
}
