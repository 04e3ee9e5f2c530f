package vn.camau.reform.dashboard.index766.repository;

import static vn.camau.reform.jooq.Tables.INDEX766_GROUP;
import static vn.camau.reform.jooq.Tables.INDEX766_INDICATOR;
import static vn.camau.reform.jooq.Tables.INDEX766_RULE_SET;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.camau.reform.dashboard.index766.GroupRule;
import vn.camau.reform.dashboard.index766.IndexRuleSet;
import vn.camau.reform.dashboard.index766.SubIndicatorRule;

/** Reads the service index's rule sets with their groups and sub-indicators, in their stored order. */
@Repository
public class IndexRuleSetRepository {

    private final DSLContext dsl;

    public IndexRuleSetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every rule set. Read once per read-only transaction: a board scores a hundred units and a dozen
     * periods, each through the scoring seam, and nothing can change the rules inside such a transaction
     * (a read-write one, which might, reads them afresh every time).
     */
    public List<IndexRuleSet> findAll() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read();
        }
        @SuppressWarnings("unchecked")
        List<IndexRuleSet> kept = (List<IndexRuleSet>) TransactionSynchronizationManager.getResource(this);
        if (kept != null) {
            return kept;
        }
        List<IndexRuleSet> read = read();
        TransactionSynchronizationManager.bindResource(this, read);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(IndexRuleSetRepository.this);
            }
        });
        return read;
    }

    private List<IndexRuleSet> read() {
        Map<Long, List<SubIndicatorRule>> indicatorsByGroup = dsl.selectFrom(INDEX766_INDICATOR)
                .orderBy(INDEX766_INDICATOR.GROUP_ID, INDEX766_INDICATOR.SORT_ORDER)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getGroupId(),
                        Collectors.mapping(r -> new SubIndicatorRule(r.getCode(), r.getMaxPoints(), r.getTarget(),
                                r.getMeasure()), Collectors.toList())));
        Map<Long, List<GroupRule>> groupsBySet = dsl.selectFrom(INDEX766_GROUP)
                .orderBy(INDEX766_GROUP.RULE_SET_ID, INDEX766_GROUP.SORT_ORDER)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getRuleSetId(),
                        Collectors.mapping(r -> new GroupRule(r.getCode(), r.getMaxPoints(),
                                indicatorsByGroup.getOrDefault(r.getId(), List.of())), Collectors.toList())));
        return dsl.selectFrom(INDEX766_RULE_SET).orderBy(INDEX766_RULE_SET.VALID_FROM)
                .fetch(r -> new IndexRuleSet(r.getId(), r.getCode(), r.getName(), r.getSource(), r.getValidFrom(),
                        r.getValidTo(), r.getTotalPoints(), groupsBySet.getOrDefault(r.getId(), List.of())));
    }
}
