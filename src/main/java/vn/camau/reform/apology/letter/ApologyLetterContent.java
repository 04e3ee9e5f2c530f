package vn.camau.reform.apology.letter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What goes into the apology letter (form 04 of Circular 01/2018/TT-VPCP): the agency at fault
 * apologises to the applicant for a late result and sets a new appointment date.
 *
 * @param parentAgencyName the line above the agency in the header, e.g. "UBND tỉnh Cà Mau"; null or blank → omitted
 * @param agencyName       the agency that apologises, e.g. "UBND xã Tân Thành"
 * @param number           the letter number, e.g. "15/PXL"; null in a draft → "Số: …/PXL"
 * @param place            where it is issued, e.g. "Cà Mau"
 * @param issuedOn         null in a draft → "ngày … tháng … năm …"
 * @param addressee        the applicant's full name
 * @param signerTitle      e.g. "CHỦ TỊCH"; a line break splits "KT. CHỦ TỊCH" from "PHÓ CHỦ TỊCH";
 *                         null → "THỦ TRƯỞNG CƠ QUAN"
 * @param signerName       null in a draft → a dotted line for the name
 * @param draft            marks every page "DỰ THẢO"
 */
public record ApologyLetterContent(
        String parentAgencyName,
        String agencyName,
        String number,
        String place,
        LocalDate issuedOn,
        String addressee,
        String dossierCode,
        String procedureName,
        LocalDateTime receivedAt,
        LocalDate originalAppointmentDate,
        String reason,
        LocalDate newAppointmentDate,
        String signerTitle,
        String signerName,
        boolean draft) {

    public ApologyLetterContent {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalAppointmentDate, "originalAppointmentDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(newAppointmentDate, "newAppointmentDate");
    }
}
