package vn.camau.reform.hotline.query.archfixture;

/** A deliberate violation for BoundariesTest: a filter record inside a query package. */
record QueueFilter(String text) {
}
