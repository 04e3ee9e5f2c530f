package vn.camau.reform.dashboard.index766.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.camau.reform.AppTest;

/** The rule sets are read once in a read-only transaction (a board), afresh wherever they might change. */
@AppTest
class IndexRuleSetRepositoryTest {

    @Autowired
    IndexRuleSetRepository repository;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aReadOnlyTransactionReadsTheRulesOnceAndOnlyIt() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(s -> assertThat(repository.findAll()).isNotEmpty()
                .isSameAs(repository.findAll()));
        // a new transaction reads again
        var first = readOnly.execute(s -> repository.findAll());
        var second = readOnly.execute(s -> repository.findAll());
        assertThat(second).isNotSameAs(first).isEqualTo(first);
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                assertThat(repository.findAll()).isNotSameAs(repository.findAll()));
        assertThat(repository.findAll()).isNotSameAs(repository.findAll());
    }
}
