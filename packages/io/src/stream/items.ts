/**
 * The items of a stream of batches, one by one. A reader works a chunk at a time and hands over what the
 * chunk gave as one batch; this iterator returns items of the current batch as resolved promises, so that a
 * `for await` over items costs little more than a loop over the batches. Breaking out of the loop closes the
 * batches, and so the byte source under them.
 */
export function itemsOf<T>(batches: AsyncIterable<readonly T[]>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const source = batches[Symbol.asyncIterator]();
      let batch: readonly T[] = [];
      let index = 0;
      let finished = false;
      let refilling: Promise<IteratorResult<T>> | undefined;
      const end: IteratorResult<T> = { done: true, value: undefined };

      const refill = async (): Promise<IteratorResult<T>> => {
        try {
          for (;;) {
            const next = await source.next();
            if (next.done) {
              finished = true;
              return end;
            }
            batch = next.value;
            index = 0;
            if (batch.length > 0) return { done: false, value: batch[index++] as T };
          }
        } finally {
          refilling = undefined;
        }
      };

      const next = (): Promise<IteratorResult<T>> => {
        // a next() called before the last one settled waits for it, so that items keep their order
        if (refilling) return refilling.then(next);
        if (index < batch.length) return Promise.resolve({ done: false, value: batch[index++] as T });
        if (finished) return Promise.resolve(end);
        refilling = refill();
        return refilling;
      };

      return {
        next,
        async return(): Promise<IteratorResult<T>> {
          if (!finished) {
            finished = true;
            batch = [];
            await source.return?.();
          }
          return end;
        },
      };
    },
  };
}
