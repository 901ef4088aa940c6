package io.salespipeline.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case whose transaction is run again, from the start, when it failed only because another
 * transaction changed one of its records meanwhile (a consumer following the deal, or a colleague's
 * request). The API takes no version from clients, so such a request asked for nothing that the
 * other change contradicts: it is re-read and re-decided on the new state instead of answering 409.
 * Applies only where the use case starts the transaction; inside a caller's transaction (a
 * consumer's inbox) the caller's own retry decides.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConcurrentChange {
}
