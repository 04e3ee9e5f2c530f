package vn.camau.reform.apology.repository;

import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.APOLOGY_STEP;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.apology.ApologyBulkWriter.Letter;
import vn.camau.reform.apology.ApologyBulkWriter.Step;

/** Writes letters and steps straight into their tables, in multi-row inserts of up to 1,000 rows. */
@Repository
public class ApologyBulkRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    ApologyBulkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the letters and their steps in one transaction; returns how many letters. */
    @Transactional
    public int insert(List<Letter> letters, List<Step> steps) {
        for (int from = 0; from < letters.size(); from += CHUNK) {
            var insert = dsl.insertInto(APOLOGY, APOLOGY.ID, APOLOGY.DOSSIER_ID, APOLOGY.UNIT_ID, APOLOGY.STATE,
                    APOLOGY.REASON, APOLOGY.ORIGINAL_DUE_DATE, APOLOGY.NEW_DUE_DATE, APOLOGY.CHANNEL,
                    APOLOGY.DECLARED_LATE, APOLOGY.LETTER_NUMBER, APOLOGY.NUMBER_YEAR, APOLOGY.NUMBER_SEQ,
                    APOLOGY.SIGNER_NAME, APOLOGY.SIGNER_TITLE, APOLOGY.ISSUED_ON, APOLOGY.ISSUE_DEADLINE,
                    APOLOGY.SENT_AT, APOLOGY.PUBLISHED_AT, APOLOGY.PUBLISHED_WHERE, APOLOGY.CREATED_BY,
                    APOLOGY.CREATED_AT);
            for (Letter l : letters.subList(from, Math.min(letters.size(), from + CHUNK))) {
                insert = insert.values(l.id(), l.dossierId(), l.unitId(), l.state(), l.reason(),
                        l.originalDueDate(), l.newDueDate(), l.channel(), l.declaredLate(), l.letterNumber(),
                        l.numberYear(), l.numberSeq(), l.signerName(), l.signerTitle(), l.issuedOn(),
                        l.issueDeadline(), l.sentAt(), l.publishedAt(), l.publishedWhere(), l.createdBy(),
                        l.createdAt());
            }
            insert.execute();
        }
        for (int from = 0; from < steps.size(); from += CHUNK) {
            var insert = dsl.insertInto(APOLOGY_STEP, APOLOGY_STEP.ID, APOLOGY_STEP.APOLOGY_ID, APOLOGY_STEP.ACTION,
                    APOLOGY_STEP.USER_ID, APOLOGY_STEP.ACTED_AT, APOLOGY_STEP.COMMENT, APOLOGY_STEP.CHANNEL);
            for (Step s : steps.subList(from, Math.min(steps.size(), from + CHUNK))) {
                insert = insert.values(s.id(), s.apologyId(), s.action(), s.userId(), s.actedAt(), s.comment(),
                        s.channel());
            }
            insert.execute();
        }
        return letters.size();
    }

    /** Every letter and step, steps first. */
    public void deleteAll() {
        dsl.deleteFrom(APOLOGY_STEP).execute();
        dsl.deleteFrom(APOLOGY).execute();
    }
}
