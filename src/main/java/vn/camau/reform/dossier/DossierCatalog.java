package vn.camau.reform.dossier;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.db.ReplicaReads;
import vn.camau.reform.dossier.query.CatalogQuery;

/** The procedure catalogue: what filters offer and what breakdowns are labelled with. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@ReplicaReads
public class DossierCatalog {

    private final CatalogQuery catalog;

    DossierCatalog(CatalogQuery catalog) {
        this.catalog = catalog;
    }

    public List<FieldInfo> fields() {
        return catalog.fields();
    }

    public List<ProcedureInfo> procedures() {
        return catalog.procedures();
    }
}
