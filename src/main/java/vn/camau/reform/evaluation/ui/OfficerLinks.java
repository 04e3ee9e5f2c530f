package vn.camau.reform.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.base.period.Period;

/** An officer's name: a link to their performance over a period for those who may read it, else text. */
public final class OfficerLinks {

    private OfficerLinks() {
    }

    public static Component name(long officerId, String name, Period period, boolean mayOpen) {
        if (!mayOpen) {
            return new Span(name);
        }
        Anchor link = new Anchor(OfficerPerformanceView.link(officerId, period), name);
        link.addClassName("officer-link");
        return link;
    }
}
