package vn.camau.reform.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Unknown routes, and units or records outside the user's scope (views throw NotFoundException). */
@AnonymousAllowed
public class NotFoundView extends NotAllowedPage implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("Not found or not in scope: /{}", event.getLocation().getPathWithQueryParameters());
        return show(event);
    }
}
