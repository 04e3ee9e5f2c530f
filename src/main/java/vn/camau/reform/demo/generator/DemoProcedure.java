package vn.camau.reform.demo.generator;

/**
 * A catalogue procedure as the generator needs it.
 *
 * @param level        PROVINCE, DISTRICT or COMMUNE (the level that resolves it, as catalogued)
 * @param limit        the limit that applies: the province's reduced one when there is one
 * @param inHours      the limit counts working hours rather than working days
 * @param fee          in đồng; null when it depends on the case (still a fee)
 */
public record DemoProcedure(long id, String code, String name, String fieldCode, String level, int limit,
                            boolean inHours, Long fee, boolean fullyOnline, boolean sameDay) {

    public boolean hasFee() {
        return fee == null || fee > 0;
    }
}
