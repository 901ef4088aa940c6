package io.salespipeline.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Blocking work that a request answered on the event loop hands to a worker thread, with the
 * request's context (who is asking, and why, for the audit trail) active there as it was on the
 * request's thread. Prepare it on the request's thread (that is when the context is taken, a
 * reference, nothing copied); run it later, from any thread. A failure completes the stage with
 * the very exception, so the usual problem+json mappers answer it.
 */
public final class WorkerCall<T> {

    private final Supplier<T> work;
    private final InjectableContext.ContextState request;

    private WorkerCall(Supplier<T> work, InjectableContext.ContextState request) {
        this.work = work;
        this.request = request;
    }

    public static <T> WorkerCall<T> prepare(Supplier<T> work) {
        return new WorkerCall<>(work, Arc.container().requestContext().getStateIfActive());
    }

    public CompletableFuture<T> run() {
        CompletableFuture<T> result = new CompletableFuture<>();
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            ManagedContext context = Arc.container().requestContext();
            boolean activated = request != null && !context.isActive();
            if (activated) {
                context.activate(request);
            }
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                if (activated) {
                    context.deactivate();
                }
            }
        });
        return result;
    }

    /** Runs it now and answers its stage. */
    public static <T> CompletionStage<T> start(Supplier<T> work) {
        return prepare(work).run();
    }
}
