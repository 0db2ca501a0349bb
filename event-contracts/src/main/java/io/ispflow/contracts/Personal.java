package io.ispflow.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field that holds personal data of a lead (a person): a name, a document, an e-mail,
 * a phone, an exact address or position, free text. On the topics such a field is sealed with the
 * person's own key ("crypto-shredding", see docs/privacy.md): producers write
 * {@code "ispflow:pii:v1:<leadId>:<ciphertext>"} in its place, consumers that hold the key read the
 * original value back, and once the lead is erased the key is destroyed and every copy on every topic
 * becomes unreadable at once. The person is the {@code leadId} of the nearest record that has one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Personal {}
