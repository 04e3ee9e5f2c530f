package vn.camau.reform.dossier;

/**
 * Which breakdown a {@code dossier_stat} row counts: per unit (day, month and year rows), per procedure or
 * per handling officer (month rows only). Stored as a single letter in {@code dossier_stat.slice}, which
 * the bulk loader also writes with LOAD DATA: the letters must not change.
 */
public enum StatSlice {
    UNIT("U"), PROCEDURE("P"), OFFICER("O");

    private final String letter;

    StatSlice(String letter) {
        this.letter = letter;
    }

    /** The stored letter. */
    public String letter() {
        return letter;
    }

    /** The slice of a stored letter. */
    public static StatSlice of(String letter) {
        for (StatSlice s : values()) {
            if (s.letter.equals(letter)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown dossier_stat slice: " + letter);
    }
}
