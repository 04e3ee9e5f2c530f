package vn.camau.reform.security.archfixture;

import vn.camau.reform.hotline.HotlineState;

/** A deliberate violation for BoundariesTest: a foundation naming a feature. */
class SecurityReachingUp {
    HotlineState state;
}
