package vn.camau.reform.apology;


import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.apology.letter.ApologyLetterContent;
import vn.camau.reform.apology.letter.ApologyLetterPdf;
import vn.camau.reform.apology.letter.ApologyLetterText;
import vn.camau.reform.base.pdf.PaperSize;
import vn.camau.reform.apology.repository.ApologyRepository;
import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.security.CurrentUser;

/**
 * The letter to the applicant, as a PDF to print and sign or hand over, and as a short text for
 * SMS, Zalo or e-mail. It carries the applicant's full name, so only those who send it may make it.
 * Before signing it prints as a draft.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ApologyLetters {

    /** Where the province's letters are dated. */
    static final String PLACE = "Cà Mau";

    private final ApologyRepository apologies;
    private final ApologyLetterPdf pdf;
    private final ApologyLetterText text;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApologyLetters(ApologyRepository apologies, ApologyLetterPdf pdf, ApologyLetterText text, CurrentUser currentUser,
                   Clock clock) {
        this.apologies = apologies;
        this.pdf = pdf;
        this.text = text;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    public byte[] pdf(long apologyId, PaperSize paper) {
        return pdf.render(content(apologyId), paper == null ? PaperSize.A4 : paper);
    }

    @PreAuthorize("@perm.may(authentication, 'DRAFT_APOLOGY')")
    public String shortText(long apologyId) {
        return text.shortText(content(apologyId));
    }

    /** The file name a download gets: the dossier code, safe for any file system. */
    public String fileName(long apologyId, PaperSize paper) {
        Apology a = find(apologyId);
        return "phieu-xin-loi-" + a.dossier().code().replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                + (paper == null ? PaperSize.A4 : paper).name() + ".pdf";
    }

    private Apology find(long id) {
        return apologies.find(currentUser.scope(), id, LocalDate.now(clock))
                .orElseThrow(() -> new BusinessRuleException("apology.unknown", id));
    }

    ApologyLetterContent content(long id) {
        Apology a = find(id);
        // an apology of a former unit (before 1 July 2025) is printed as that unit issued it
        UnitRef unit = apologies.faultUnitAsRecorded(a.faultUnitId()).orElseThrow();
        boolean agency = unit.level() == UnitLevel.AGENCY;
        String council = "Ủy ban nhân dân ";
        String parent = agency ? council + lowerFirst(apologies.provinceName()) : null;
        String name = agency ? unit.name() : council + lowerFirst(unit.name());
        boolean draft = !a.state().isSigned();
        return new ApologyLetterContent(parent, name, a.letter().number(), PLACE, a.letter().issuedOn(),
                apologies.applicantName(a.dossier().id()), a.dossier().code(), a.dossier().procedureName(), a.dossier().receivedAt(),
                a.originalDueDate(), a.reason(), a.newDueDate(), a.letter().signerTitle(), a.letter().signerName(), draft);
    }

    /** "Phường An Xuyên" reads "phường An Xuyên" after "Ủy ban nhân dân". */
    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }
}
