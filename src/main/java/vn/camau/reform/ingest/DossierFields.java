package vn.camau.reform.ingest;

import java.util.List;

/**
 * The fields of a dossier snapshot and of a step event, as the API names them; a file's Vietnamese
 * headers map onto the same names. Required fields are listed first.
 */
public final class DossierFields {

    public static final String CODE = "code";
    public static final String PROCEDURE_CODE = "procedureCode";
    public static final String RECEIVING_UNIT_CODE = "receivingUnitCode";
    public static final String HANDLING_UNIT_CODE = "handlingUnitCode";
    public static final String CHANNEL = "channel";
    public static final String STATE = "state";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String APPOINTMENT_DATE = "appointmentDate";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String UPDATED_AT = "updatedAt";
    public static final String RESOLVED_AT = "resolvedAt";
    public static final String RETURNED_AT = "returnedAt";
    public static final String FINISHED_AT = "finishedAt";
    public static final String HAS_FEE = "hasFee";
    public static final String PAID_ONLINE = "paidOnline";
    public static final String DIGITISED = "digitised";
    public static final String RETURNED_HOME = "returnedHome";
    public static final String RATING = "rating";
    public static final String APPLICANT_PHONE = "applicantPhone";
    public static final String APPLICANT_EMAIL = "applicantEmail";
    public static final String HANDLING_OFFICER_CODE = "handlingOfficerCode";
    /** FULL (toàn trình) or PARTIAL (một phần); optional (issue 20). */
    public static final String ONLINE_LEVEL = "onlineLevel";
    public static final String RESULT_ELECTRONIC = "resultElectronic";
    public static final String DATA_REUSED = "dataReused";

    /** A snapshot's fields; the first ten are required. */
    public static final List<String> DOSSIER = List.of(CODE, PROCEDURE_CODE, RECEIVING_UNIT_CODE,
            HANDLING_UNIT_CODE, CHANNEL, STATE, RECEIVED_AT, APPOINTMENT_DATE, APPLICANT_NAME, UPDATED_AT,
            RESOLVED_AT, RETURNED_AT, FINISHED_AT, HAS_FEE, PAID_ONLINE, DIGITISED, RETURNED_HOME, RATING,
            APPLICANT_PHONE, APPLICANT_EMAIL, HANDLING_OFFICER_CODE, ONLINE_LEVEL, RESULT_ELECTRONIC, DATA_REUSED);

    public static final List<String> DOSSIER_REQUIRED = DOSSIER.subList(0, 10);

    public static final String EVENT_ID = "eventId";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String EVENT_AT = "eventAt";
    public static final String STEP_NAME = "stepName";
    public static final String UNIT_CODE = "unitCode";
    public static final String OFFICER_CODE = "officerCode";
    public static final String STEP_DUE_DATE = "stepDueDate";
    public static final String NOTE = "note";

    /** An event's fields; the first six are required. */
    public static final List<String> EVENT = List.of(EVENT_ID, DOSSIER_CODE, EVENT_AT, STATE, STEP_NAME,
            UNIT_CODE, OFFICER_CODE, STEP_DUE_DATE, NOTE);

    private DossierFields() {
    }
}
