package vn.camau.reform.dossier;

import java.util.Collection;

/** Published when a batch stored new step events, so that what depends on a dossier's step can follow. */
public record DossierEventsArrived(Collection<Long> dossierIds) {
}
