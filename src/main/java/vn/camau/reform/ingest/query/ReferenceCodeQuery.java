package vn.camau.reform.ingest.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.ingest.ReferenceCodes;
import vn.camau.reform.ingest.ReferenceCodes.OfficerRef;
import vn.camau.reform.ingest.ReferenceCodes.ProcedureRef;
import vn.camau.reform.ingest.ReferenceCodes.StoredDossier;
import vn.camau.reform.ingest.ReferenceCodes.UnitVersion;

/** Looks up the codes a batch names, a few queries a batch whatever its size. */
@Repository
public class ReferenceCodeQuery {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    ReferenceCodeQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReferenceCodes load(Collection<String> procedureCodes, Collection<String> unitCodes,
                               Collection<String> officerCodes) {
        Map<String, ProcedureRef> procedures = new HashMap<>();
        for (List<String> chunk : chunks(procedureCodes)) {
            dsl.select(CATALOG_PROCEDURE.CODE, CATALOG_PROCEDURE.ID, CATALOG_PROCEDURE.FULLY_ONLINE)
                    .from(CATALOG_PROCEDURE)
                    .where(CATALOG_PROCEDURE.CODE.in(chunk))
                    .forEach(r -> procedures.put(r.value1(), new ProcedureRef(r.value2(), r.value3())));
        }
        Map<String, List<UnitVersion>> units = new HashMap<>();
        for (List<String> chunk : chunks(unitCodes)) {
            dsl.select(ADMIN_UNIT.CODE, ADMIN_UNIT.ID, ADMIN_UNIT.PATH, ADMIN_UNIT.VALID_FROM, ADMIN_UNIT.VALID_TO)
                    .from(ADMIN_UNIT).where(ADMIN_UNIT.CODE.in(chunk))
                    .forEach(r -> units.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new UnitVersion(r.value2(), r.value3(), r.value4(), r.value5())));
        }
        Map<String, OfficerRef> officers = new HashMap<>();
        for (List<String> chunk : chunks(officerCodes)) {
            dsl.select(OFFICER.CODE, OFFICER.ID, OFFICER.UNIT_ID, ADMIN_UNIT.PATH, OFFICER.ACTIVE).from(OFFICER)
                    .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                    .where(OFFICER.CODE.in(chunk))
                    .forEach(r -> officers.put(r.value1(),
                            new OfficerRef(r.value2(), r.value3(), r.value4(), r.value5())));
        }
        return new ReferenceCodes(procedures, units, officers);
    }

    /** Each stored dossier with one of these codes: whose scope it is in, and when it was received. */
    public Map<String, StoredDossier> storedDossiers(Collection<String> codes) {
        Map<String, StoredDossier> stored = new HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            dsl.select(DOSSIER.CODE, ADMIN_UNIT.PATH, DOSSIER.RECEIVED_AT).from(DOSSIER)
                    .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                    .where(DOSSIER.CODE.in(chunk))
                    .forEach(r -> stored.put(r.value1(), new StoredDossier(r.value2(), r.value3())));
        }
        return stored;
    }

    private static List<List<String>> chunks(Collection<String> codes) {
        List<String> list = codes.stream().distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            chunks.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return chunks;
    }
}
