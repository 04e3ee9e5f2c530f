package vn.camau.reform.demo.generator;

/**
 * A generated civil servant.
 *
 * @param code      CB-&lt;unit id&gt;-&lt;nn&gt;: unit ids, not codes, since codes are reused across July 2025
 * @param active    false for officers of units that ended on 30/06/2025
 */
public record DemoOfficer(long id, String code, String fullName, long unitId, String position,
                          boolean oneStopDesk, boolean active, Duty duty, Desk desk) {

    /** Every demo officer's code starts so: CB-&lt;unit&gt;-&lt;nn&gt;. */
    public static final String CODE_PREFIX = "CB-";

    /** What the officer does in a dossier's process. */
    public enum Duty { RECEPTION, SPECIALIST, LEADER }

    /** The group of fields a specialist appraises. */
    public enum Desk { NONE, JUSTICE, LAND, SOCIAL, ECONOMY }
}
