package de.tenor.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a size cap. When the cap is reached the subscription is cancelled,
 * which closes the connection: the rest of an oversized file is never downloaded.
 */
record CappedBody(byte[] bytes, boolean truncated) {

    static HttpResponse.BodyHandler<CappedBody> handler(long maxBytes) {
        return info -> new Subscriber(maxBytes);
    }

    /** Collects buffers as they arrive; one instance per response, called by one HTTP client thread at a time. */
    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {
        private final long maxBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                long room = maxBytes - buffer.size();
                int take = (int) Math.min(room, item.remaining());
                byte[] chunk = new byte[take];
                item.get(chunk);
                buffer.writeBytes(chunk);
                if (item.hasRemaining()) {
                    result.complete(new CappedBody(buffer.toByteArray(), true));
                    subscription.cancel();
                    return;
                }
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(buffer.toByteArray(), false));
        }
    }
}
