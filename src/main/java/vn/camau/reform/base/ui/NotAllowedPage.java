package vn.camau.reform.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.HttpStatusCode;

/**
 * One page for "no such page" and "not yours to see": telling the two apart would confirm that a
 * unit outside the user's scope exists. No data is on it, only a way home.
 */
abstract class NotAllowedPage extends VerticalLayout {

    NotAllowedPage() {
        addClassName("error-page");
    }

    int show(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.notFound.home")));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
