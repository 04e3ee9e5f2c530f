package vn.camau.reform.dashboard.index766.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import vn.camau.reform.dashboard.index766.GroupScore;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dashboard.index766.SubIndicatorScore;
import vn.camau.reform.dashboard.index766.UnitIndex;

/**
 * The total and each group as a card: points out of the maximum that could be scored, the maximum
 * of the decision beside it when some sub-indicators could not be, and the change against the
 * period before.
 */
class IndexCards extends Composite<FlexLayout> {

    IndexCards(IndexBoard board) {
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.addClassNames("kpi-row", "index766-cards");
        UnitIndex now = board.index();
        Div total = card(getTranslation("index766.view.total"), now.total(), now.max(), now.ruleSet().total(),
                board.previous() == null ? null : board.change(),
                board.previous() == null ? null : board.previous().max());
        total.addClassName("index766-total");
        total.setTitle(getTranslation("index766.view.total.title", IndexTexts.points(now.max()),
                IndexTexts.points(now.ruleSet().total()), now.ruleSet().name()));
        layout.add(total);
        for (int g = 0; g < now.groups().size(); g++) {
            GroupScore group = now.groups().get(g);
            GroupScore before = board.previous() == null ? null : board.previous().groups().get(g);
            Div card = card(getTranslation(group.rule().nameKey()), group.max().signum() == 0 ? null : group.score(),
                    group.max(), group.rule().max(), change(group, before), before == null ? null : before.max());
            card.addClassName("index766-group");
            card.setTitle(groupTitle(group));
            layout.add(card);
        }
    }

    /** As the total's: the share of the group's scorable maximum, in percentage points. */
    private static java.math.BigDecimal change(GroupScore now, GroupScore before) {
        if (before == null) {
            return null;
        }
        return IndexBoard.shareChange(now.score(), now.max(), before.score(), before.max());
    }

    private Div card(String label, java.math.BigDecimal score, java.math.BigDecimal max,
                     java.math.BigDecimal ruleMax, java.math.BigDecimal change, java.math.BigDecimal previousMax) {
        Div value = new Div(score == null ? IndexTexts.NONE
                : IndexTexts.points(score) + " / " + IndexTexts.points(max));
        value.addClassName("kpi-value");
        Div name = new Div(label);
        name.addClassName("kpi-label");
        Div compare = new Div();
        compare.addClassName("kpi-compare");
        if (score == null) {
            compare.setText(getTranslation("index766.view.group.not-computable", IndexTexts.points(ruleMax)));
        } else {
            String reduced = max.compareTo(ruleMax) == 0 ? ""
                    : getTranslation("index766.view.of-rule-max", IndexTexts.points(ruleMax)) + "  ";
            compare.setText(reduced + (change == null ? "" : IndexTexts.vsPrevious(this, change, max, previousMax)));
        }
        Div card = new Div(value, name, compare);
        card.addClassName("kpi-card");
        return card;
    }

    /** Each sub-indicator's points on hover, and what the ones left out would need. */
    private String groupTitle(GroupScore group) {
        StringBuilder s = new StringBuilder();
        for (SubIndicatorScore i : group.indicators()) {
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(getTranslation(i.rule().nameKey())).append(": ");
            s.append(i.scored() ? IndexTexts.points(i.score()) + " / " + IndexTexts.points(i.rule().max())
                    : IndexTexts.whyNoScore(this, i));
        }
        return s.toString();
    }
}
