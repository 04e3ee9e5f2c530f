package vn.camau.reform.evaluation.archfixture;

import org.jooq.Condition;

import vn.camau.reform.hotline.query.HotlineConditions;

/** Allowed, for BoundariesTest: a feature building its SQL with another feature's published conditions. */
class UsesPublishedConditions {
    Condition counted = HotlineConditions.countedFor(1);
}
