package vn.camau.reform.dossier.archfixture;

import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.hotline.query.HotlineFiguresQuery;

/** Deliberate violations for BoundariesTest: a feature naming the dashboard and another feature's query. */
class DossierUsingDashboard {
    Indicators figures;
    HotlineFiguresQuery query;
}
