package vn.camau.reform.base.archfixture;

import vn.camau.reform.dossier.DossierState;

/** A deliberate violation for BoundariesTest: base naming a feature. */
class BaseReachingUp {
    DossierState state;
}
