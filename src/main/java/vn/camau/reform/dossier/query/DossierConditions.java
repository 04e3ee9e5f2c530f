package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import vn.camau.reform.dossier.Channel;

/** The narrowing filters the dossier list and the alerts share; a null value does not filter. */
final class DossierConditions {

    private DossierConditions() {
    }

    static Condition narrowed(Long procedureId, Long fieldId, Field<Long> officerField, Long officerId,
                              Channel channel) {
        Condition c = DSL.noCondition();
        if (procedureId != null) {
            c = c.and(DOSSIER.PROCEDURE_ID.eq(procedureId));
        }
        if (fieldId != null) {
            c = c.and(DOSSIER.PROCEDURE_ID.in(DSL.select(CATALOG_PROCEDURE.ID).from(CATALOG_PROCEDURE)
                    .where(CATALOG_PROCEDURE.FIELD_ID.eq(fieldId))));
        }
        if (officerId != null) {
            c = c.and(officerField.eq(officerId));
        }
        if (channel != null) {
            c = c.and(DOSSIER.CHANNEL.eq(channel.name()));
        }
        return c;
    }
}
