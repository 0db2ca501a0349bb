package io.ispflow.console.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** Boot's error page model plus the request's correlation id, which the page shows for support. */
@Component
class ErrorDetails extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object id = request.getAttribute(CorrelationId.MDC_KEY, RequestAttributes.SCOPE_REQUEST);
        attributes.put("correlationId", id);
        return attributes;
    }
}
