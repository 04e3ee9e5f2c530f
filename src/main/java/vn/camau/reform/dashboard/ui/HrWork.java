package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.ui.EvaluationNavigation;
import vn.camau.reform.evaluation.ui.OfficerLinks;

/**
 * HR's work first: the rating rounds in progress in their scope (how far each has got, late ones
 * marked), and the ratings waiting for HR's review (DOMAIN §8: manager's proposal → HR → head), each
 * a link to the rating, the officer's name a link to their performance for the round's period.
 */
class HrWork extends Composite<Div> {

    /** Enough to act on at a glance; the rest is one click away on the rounds' pages. */
    static final int SHOWN = 8;

    HrWork(EvaluationService evaluations, LocalDate today) {
        // rounds with proposals waiting for HR first, then the nearest (or most overdue) approval deadline
        List<EvaluationCycle> open = evaluations.cycles(null).stream().filter(EvaluationCycle::open)
                .sorted(Comparator.comparing((EvaluationCycle c) -> c.progress().proposed() == 0)
                        .thenComparing(EvaluationCycle::approveDeadline)).toList();
        getContent().addClassName("home-work");
        getContent().add(cycles(open, today), toReview(evaluations, open));
    }

    private Component cycles(List<EvaluationCycle> open, LocalDate today) {
        Div box = new Div(new H3(getTranslation("home.work.cycles")));
        box.setId("home-cycles");
        if (open.isEmpty()) {
            box.add(new Paragraph(getTranslation("home.work.cycles.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (EvaluationCycle c : open.stream().limit(SHOWN).toList()) {
            EvaluationCycle.Progress p = c.progress();
            ListItem item = new ListItem(new Anchor(EvaluationNavigation.cycle(c.id()),
                    getTranslation("home.work.cycles.item", c.unitName(), VnFormats.date(c.periodStart()),
                            VnFormats.date(c.periodEnd()))),
                    new Span(" – " + getTranslation("home.work.cycles.progress", VnFormats.count(p.approved()),
                            VnFormats.count(p.total()), VnFormats.count(p.proposed()),
                            VnFormats.date(c.approveDeadline()))));
            if (today.isAfter(c.approveDeadline())) {
                Span late = new Span(getTranslation("home.work.cycles.late"));
                late.getElement().getThemeList().add("badge small error");
                item.add(new Span(" "), late);
            }
            list.add(item);
        }
        box.add(list, new Anchor(EvaluationNavigation.CYCLES, getTranslation("home.work.cycles.all",
                VnFormats.count(open.size()))));
        return box;
    }

    /** The proposals in the open rounds: HR's review is the next step on each. */
    private Component toReview(EvaluationService evaluations, List<EvaluationCycle> open) {
        Div box = new Div(new H3(getTranslation("home.work.reviews")));
        box.setId("home-reviews");
        UnorderedList list = new UnorderedList();
        int total = 0;
        for (EvaluationCycle c : open) {
            if (c.progress().proposed() == 0) {
                continue; // no need to read a round with nothing waiting for HR
            }
            for (Evaluation e : evaluations.ofCycle(c.id())) {
                if (e.state() != EvaluationState.PROPOSED) {
                    continue;
                }
                total++;
                if (list.getChildren().count() < SHOWN) {
                    list.add(new ListItem(
                            OfficerLinks.name(e.officerId(), e.officerName(),
                                    Period.custom(c.periodStart(), c.periodEnd()), true),
                            new Span(" – " + e.officerUnitName() + " – "),
                            new Anchor(EvaluationNavigation.evaluation(e.id()), getTranslation("home.work.reviews.open"))));
                }
            }
        }
        if (total == 0) {
            box.add(new Paragraph(getTranslation("home.work.reviews.none")));
        } else {
            box.add(list);
            if (total > SHOWN) {
                box.add(new Paragraph(getTranslation("home.work.reviews.more", VnFormats.count(total - SHOWN))));
            }
        }
        return box;
    }
}
