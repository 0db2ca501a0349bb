package io.ispflow.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels for names the API sends as data (a changed field in the history): the message bundle's word when there
 * is one, the API's own name otherwise. Templates call {@code ${@labels.field(name)}}.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A refusal in the page's language: the bundle's sentence for the problem's type when there is one, else the
     * API's own title and detail (the API speaks English).
     */
    public String problem(io.ispflow.console.api.ApiProblem problem) {
        String fallback = problem.detail() != null ? problem.title() + ". " + problem.detail() : problem.title();
        return messages.getMessage("problem.type." + problem.type(), null, fallback, LocaleContextHolder.getLocale());
    }

    /** A sentence of the bundle in the page's language. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    public String field(Object name) {
        if (name == null) {
            return "";
        }
        return messages.getMessage("field." + name, null, name.toString(), LocaleContextHolder.getLocale());
    }
}
