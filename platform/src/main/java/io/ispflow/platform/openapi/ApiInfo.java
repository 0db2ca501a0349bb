package io.ispflow.platform.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the {@code info} of a service's OpenAPI document says ({@code ispflow.api.*}): each service gives
 * its description; the contact is the ISP's own API support, set per deployment
 * ({@code ISPFLOW_API_CONTACTNAME}, {@code ISPFLOW_API_CONTACTURL}, {@code ISPFLOW_API_CONTACTEMAIL}).
 */
@ConfigurationProperties("ispflow.api")
public record ApiInfo(
        String title,
        String description,
        String version,
        String licenseName,
        String licenseUrl,
        String contactName,
        String contactUrl,
        String contactEmail) {

    void applyTo(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        info.title(title).version(version).description(description);
        info.license(new License().name(licenseName).url(licenseUrl));
        Contact contact = new Contact().name(contactName);
        if (contactUrl != null && !contactUrl.isBlank()) {
            contact.url(contactUrl);
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            contact.email(contactEmail);
        }
        info.contact(contact);
        openApi.info(info);
    }
}
